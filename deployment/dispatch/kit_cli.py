"""`tagana kit add|update|remove|show`: kits (named lines per household, per person or fixed) on the command line."""

from __future__ import annotations

import argparse

from deployment.dispatch import kits
from tagana_app.cli_support import Context
from tagana_app.quantities import parse_quantity

# The words of the command line for the kit bases of deployment.dispatch.models.KIT_BASES.
PER_WORDS = {"household": "kk", "kk": "kk", "keluarga": "kk", "person": "jiwa", "jiwa": "jiwa", "orang": "jiwa",
             "fixed": "tetap", "tetap": "tetap"}


def _per(text: str) -> str:
    key = text.strip().lower()
    if key not in PER_WORDS:
        raise argparse.ArgumentTypeError(f"'{text}' tidak dikenal; pilih household (per KK), person (per jiwa) "
                                         "atau fixed (jumlah tetap)")
    return PER_WORDS[key]


def _line(text: str) -> kits.KitLineInput:
    """"FK=1" (one per household or person) or "BRS=4/10" (4 for every 10)."""
    item, sep, amount = text.partition("=")
    if not sep or not item.strip():
        raise argparse.ArgumentTypeError(f"'{text}' tidak terbaca; tulis BARANG=JUMLAH atau BARANG=JUMLAH/PER, "
                                         "mis. BRS=4/10")
    qty, _, per = amount.partition("/")
    try:
        return kits.KitLineInput(item.strip().upper(), parse_quantity(qty.strip(), field=f"Jumlah {item.strip()}"),
                                 parse_quantity(per.strip(), field=f"Pembagi {item.strip()}") if per.strip() else 1)
    except Exception as exc:  # noqa: BLE001 - argparse shows it as a usage error
        raise argparse.ArgumentTypeError(str(exc)) from None


def _text(k: kits.KitInfo) -> str:
    lines = [f"Paket {k.code} {k.name} ({k.basis_label}):"]
    lines += [f"  {x.item} {x.item_name}: {x.quantity} {x.unit}" + (f" per {x.per}" if x.per != 1 else "")
              for x in k.lines]
    return "\n".join(lines)


def cmd_kit_add(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    info = ctx.db.write(lambda s: kits.create_kit(s, actor, a.code, a.name, a.per, a.line,
                                                  description=a.description or ""))
    ctx.emit(info, text=_text(info) + "\nPaket disimpan.")


def cmd_kit_update(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    info = ctx.db.write(lambda s: kits.update_kit(s, actor, a.code, name=a.name, basis=a.per, lines=a.line,
                                                  description=a.description))
    ctx.emit(info, text=_text(info) + "\nPaket diubah.")


def cmd_kit_remove(ctx: Context) -> None:
    a, actor = ctx.args, ctx.actor()
    info = ctx.db.write(lambda s: kits.remove_kit(s, actor, a.code))
    ctx.emit(info, text=f"Paket {info.code} ({info.name}) dihapus; pengiriman yang memakainya tidak berubah.")


def cmd_kit_show(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as s:
        info = kits.get_kit(s, ctx.args.code)
    ctx.emit(info, text=_text(info))


def register(kp: argparse._SubParsersAction) -> None:
    p = kp.add_parser("add", help="buat paket: --per household|person|fixed --line BARANG=JUMLAH[/PER]...")
    p.add_argument("code", metavar="KODE")
    p.add_argument("--name", required=True, metavar="NAMA")
    p.add_argument("--per", required=True, type=_per, metavar="household|person|fixed")
    p.add_argument("--line", action="append", required=True, type=_line, metavar="BARANG=JUMLAH[/PER]",
                   help="isi paket, mis. FK=1 atau BRS=4/10 (4 kg untuk setiap 10 jiwa); boleh diulang")
    p.add_argument("--description", metavar="TEKS")
    p.set_defaults(func=cmd_kit_add)
    p = kp.add_parser("update", help="ubah paket (--line mengganti seluruh isi)")
    p.add_argument("code", metavar="KODE")
    p.add_argument("--name", metavar="NAMA")
    p.add_argument("--per", type=_per, metavar="household|person|fixed")
    p.add_argument("--line", action="append", type=_line, metavar="BARANG=JUMLAH[/PER]")
    p.add_argument("--description", metavar="TEKS")
    p.set_defaults(func=cmd_kit_update)
    p = kp.add_parser("remove", help="hapus paket (pengiriman yang memakainya tidak berubah)")
    p.add_argument("code", metavar="KODE")
    p.set_defaults(func=cmd_kit_remove)
    p = kp.add_parser("show", help="isi satu paket")
    p.add_argument("code", metavar="KODE")
    p.set_defaults(func=cmd_kit_show)
