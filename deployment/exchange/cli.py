"""`tagana site`, `tagana posko` and `tagana exchange`: sites, poskos and the signed files between them.

A file is written inside the transaction that makes it: when it cannot be written, nothing of it is
recorded (the next file carries the same).  A file read is verified before anything is written.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from deployment.exchange import engine, office_view, pairing, posko, sites
from tagana_app import clock, outputs
from tagana_app.cli_support import Context, format_table, read_new_password
from tagana_app.errors import ValidationError
from tagana_app.texts import N_


def _read_file(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError(N_("errors", "Berkas '{path}' tidak dapat dibaca: {reason}."), path=path,
                              reason=exc.strerror or str(exc)) from None


def _made(made: engine.Made, path: Path) -> dict[str, Any]:
    return {"path": str(path), "site": made.site_code, "seq": made.seq, "base": made.base, "records": made.records,
            "size": made.size}


def _write_made(ctx: Context, work: Any, output: str | None) -> tuple[engine.Made, Path]:
    """Run ``work(session, actor) -> Made`` and write its file in the same transaction."""
    actor = ctx.actor()
    written: list[Path] = []

    def run(session):  # noqa: ANN001, ANN202
        made = work(session, actor)
        path = Path(output) if output else Path(made.name)
        outputs.write_bytes(path, made.data, database=outputs.live_database(session))
        written.append(path)
        return made
    made = ctx.db.write(run)
    return made, written[-1]


# --------------------------------------------------------------------------------------------- site


def _site_text(me: sites.SiteInfo) -> str:
    return (f"Situs ini: {me.code} ({sites.SITE_KINDS.get(me.kind, me.kind)}) {me.name}\n"
            f"  Sidik kunci: {me.fingerprint}\n"
            "  Bacakan sidik kunci ini lewat telepon saat memasangkan situs; kunci pribadinya tidak pernah "
            "keluar dari basis data ini.")


def cmd_site_show(ctx: Context) -> None:
    ctx.actor()
    me = ctx.db.write(sites.self_site)  # the key pair is made the first time
    peers = []
    with ctx.db.read() as session:
        peers = sites.peers(session)
    value = {"code": me.code, "name": me.name, "kind": me.kind, "fingerprint": me.fingerprint,
             "peers": [{"code": p.code, "name": p.name, "kind": p.kind, "status": p.status,
                        "fingerprint": p.fingerprint} for p in peers]}
    text = _site_text(me)
    for p in peers:
        text += f"\n  - {p.code} {p.kind} {p.name} [{sites.SITE_STATUSES.get(p.status, p.status)}] {p.fingerprint}"
    ctx.emit(value, text=text)


def cmd_site_setup(ctx: Context) -> None:
    a = ctx.args
    actor = ctx.actor()
    me = ctx.db.write(lambda s: sites.configure_self(s, actor, code=a.code, name=a.name, kind=a.kind,
                                                     region=a.region or ""))
    ctx.emit({"code": me.code, "name": me.name, "kind": me.kind, "fingerprint": me.fingerprint}, text=_site_text(me))


def cmd_site_revoke(ctx: Context) -> None:
    actor = ctx.actor()
    site = ctx.db.write(lambda s: sites.revoke(s, actor, ctx.args.code, ctx.args.reason))
    ctx.emit({"code": site.code, "status": site.status},
             text=f"Situs {site.code} dicabut: setiap berkas darinya mulai sekarang ditolak.")


def cmd_site_card(ctx: Context) -> None:
    made, path = _write_made(ctx, pairing.make_card, ctx.args.output)
    with ctx.db.read() as session:
        me = sites.self_site(session)
    ctx.emit({**_made(made, path), "fingerprint": me.fingerprint},
             text=f"Berkas perkenalan disimpan: {path}\n  Sidik kunci {me.code}: {me.fingerprint}")


# -------------------------------------------------------------------------------------------- posko


def cmd_posko_create(ctx: Context) -> None:
    a = ctx.args
    made, path = _write_made(ctx, lambda s, actor: posko.create_posko(
        s, actor, a.code, name=a.name, incident_number=a.incident, region=a.region), a.output)
    with ctx.db.read() as session:
        me = sites.self_site(session)
    ctx.emit({**_made(made, path), "fingerprint": me.fingerprint},
             text=f"Posko {made.site_code} dibuat; berkas penyiapan disimpan: {path} ({made.records} catatan, "
                  f"{made.size} bita).\n  Sidik kunci kantor {me.code}: {me.fingerprint}\n"
                  "  Bacakan sidik ini kepada posko; ambil berkas balasannya dengan 'tagana exchange import "
                  "BERKAS --expect-fingerprint SIDIK_POSKO'.")


def cmd_posko_setup_file(ctx: Context) -> None:
    made, path = _write_made(ctx, lambda s, actor: posko.setup_file(s, actor, ctx.args.code), ctx.args.output)
    ctx.emit(_made(made, path), text=f"Berkas penyiapan posko {made.site_code} dibuat lagi: {path}")


def cmd_posko_join(ctx: Context) -> None:
    a = ctx.args
    data = _read_file(a.setup)
    info = posko.read_setup(data)
    password = read_new_password("TAGANA_PASSWORD", prompt=f"Kata sandi untuk {a.admin}: ")
    db = ctx.db
    written: list[Path] = []

    def run(session):  # noqa: ANN001, ANN202
        made = posko.join(session, data, admin=a.admin, password=password, expect_fingerprint=a.expect_fingerprint)
        path = Path(a.output) if a.output else Path(made.name)
        outputs.write_bytes(path, made.data, database=outputs.live_database(session))
        written.append(path)
        return made, sites.self_site(session)
    made, me = db.write(run)
    ctx.emit({**_made(made, written[-1]), "posko": me.code, "fingerprint": me.fingerprint,
              "office": info.office_code, "office_fingerprint": info.office_fingerprint},
             text=f"Posko {me.code} ({me.name}) siap untuk kejadian {info.incident_number} {info.incident_name}.\n"
                  f"  Kantor: {info.office_code} {info.office_name}, sidik kunci {info.office_fingerprint}\n"
                  f"  Sidik kunci posko ini: {me.fingerprint}\n"
                  f"  Berkas balasan untuk kantor: {written[-1]}")


def cmd_posko_list(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as session:
        rows = [{"code": p.code, "name": p.name, "status": p.status, "fingerprint": p.fingerprint,
                 "last_in": p.last_in, "last_out": p.last_out, "acked": p.acked, "issues": p.issues}
                for p in engine.status(session) if p.kind == "posko"]
    ctx.emit_table(rows, [("code", "Kode"), ("name", "Nama"), ("status", "Status"), ("last_in", "Terima"),
                          ("last_out", "Kirim"), ("acked", "Diakui"), ("issues", "Masalah")])


def _view_text(view: office_view.PoskoView) -> str:
    p = view.posko
    def when(value) -> str:  # noqa: ANN001
        return value.strftime("%Y-%m-%d %H:%M") if value else "-"
    lines = [f"Posko {p.code} {p.name} [{sites.SITE_STATUSES.get(p.status, p.status)}]",
             f"  Kejadian: {p.incident} {p.incident_name}",
             f"  Sidik kunci: {p.fingerprint or '- (belum dipasangkan)'}",
             f"  Berkas terakhir diterima: {p.last_in or '-'} ({when(p.last_in_at)}); dikirim: {p.last_out or '-'} "
             f"({when(p.last_out_at)}), diakui posko: {p.acked or '-'}; ditahan: {p.held}"]
    lines.append(f"Stok di posko ({len(view.stock)} barang):")
    lines += [f"  {s.item_code} {s.item_name}: {s.on_hand} {s.unit}" for s in view.stock]
    lines.append(f"Distribusi per desa ({len(view.villages)} desa):")
    for v in view.villages:
        items = ", ".join(f"{i.item_name} {i.quantity} {i.unit}" for i in v.items)
        lines.append(f"  {v.desa_code} {v.desa_name}: {v.recipients} penerima, {v.people} jiwa; {items}")
    lines.append(f"Permintaan terbuka ({len(view.requests)}):")
    lines += [f"  {r.number} {r.received_on} {r.requester} ({r.status})" for r in view.requests]
    lines.append(f"Relawan di lokasi ({len(view.volunteers)}):")
    lines += [f"  {v.name} ({v.role}) sejak {when(v.since)}" for v in view.volunteers]
    lines.append(f"Masalah ({len(view.issues)}):")
    lines += [f"  ({'di sini' if i.side == 'sini' else 'di posko'}) {i.kind} {i.key}: {i.message}" for i in view.issues]
    return "\n".join(lines)


def cmd_posko_show(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as session:
        view = office_view.posko_view(session, ctx.args.code)
    ctx.emit(office_view.as_json(view), text=_view_text(view))


# ----------------------------------------------------------------------------------------- exchange


def cmd_export(ctx: Context) -> None:
    a = ctx.args
    made, path = _write_made(ctx, lambda s, actor: engine.export(s, actor, a.to, full=a.all), a.output)
    ctx.emit(_made(made, path), text=f"Berkas nomor {made.seq} untuk {made.site_code} disimpan: {path} "
                                     f"({made.records} catatan, {made.size} bita).")


def cmd_import(ctx: Context) -> None:
    a = ctx.args
    data = _read_file(a.file)
    actor = ctx.actor()
    outcome = ctx.db.write(lambda s: engine.import_file(s, actor, data, expect_fingerprint=a.expect_fingerprint))
    head = {"diterapkan": f"Berkas nomor {outcome.seq} dari {outcome.site_code} diterapkan: {outcome.applied} catatan"
                          f", {outcome.pending} tertunda, {outcome.refused} ditolak.",
            "dipasangkan": f"Berkas balasan {outcome.site_code} diterapkan: {outcome.applied} catatan."}.get(
        outcome.status, "")
    if outcome.released:
        head += f" Berkas yang ditahan ikut diterapkan: {', '.join(map(str, outcome.released))}."
    text = "\n".join([line for line in [head] if line] + outcome.messages)
    ctx.emit({"status": outcome.status, "site": outcome.site_code, "seq": outcome.seq, "applied": outcome.applied,
              "pending": outcome.pending, "refused": outcome.refused, "released": outcome.released,
              "messages": outcome.messages}, text=text)


def cmd_status(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as session:
        rows = [{"code": p.code, "name": p.name, "kind": p.kind, "status": p.status, "fingerprint": p.fingerprint,
                 "last_in": p.last_in, "last_in_at": p.last_in_at, "last_out": p.last_out,
                 "last_out_at": p.last_out_at, "acked": p.acked, "held": p.held, "issues": p.issues}
                for p in engine.status(session)]
        issues = [{"site": i.site, "side": "di sini" if i.here else "di sana", "kind": i.kind,
                   "key": i.key, "message": i.message} for i in engine.open_issues(session)]
    if ctx.json:
        ctx.emit({"sites": rows, "issues": issues})
        return
    ctx.emit_table(rows, [("code", "Situs"), ("kind", "Jenis"), ("status", "Status"), ("last_in", "Terima"),
                          ("last_out", "Kirim"), ("acked", "Diakui"), ("held", "Ditahan"), ("issues", "Masalah")])
    for i in issues:
        print(f"Masalah ({i['side']}) {i['kind']} {i['key']}: {i['message']}")


# -------------------------------------------------------------------------------------------- province


def _cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return clock.local(value).strftime("%Y-%m-%d %H:%M")
    return "-" if value is None else value


def cmd_province_summary(ctx: Context) -> None:
    from deployment.exchange import province

    ctx.actor()
    with ctx.db.read() as session:
        views = province.districts(session)
    if ctx.json:
        ctx.emit(province.summary(views))
        return
    if not views:
        print("Belum ada kabupaten/kota yang berpasangan dengan situs ini: tukar berkas perkenalan dulu "
              "('tagana site card', lalu 'tagana exchange import BERKAS --expect-fingerprint SIDIK').")
        return
    columns = [("label", "Angka")] + [(v.code, v.code) for v in views]
    figures = [{"label": label, **{v.code: _cell(province.figure(v, key)) for v in views}}
               for key, label in province.FIGURES]
    print("\n".join(f"{v.code}: {v.name}" for v in views) + "\n")
    print(format_table(figures, columns))
    stock = [{"label": f"{code} {name} ({unit})", **{v.code: _cell(n) for v, n in zip(views, amounts, strict=True)}}
             for code, name, unit, amounts in province.stock_rows(views)]
    if stock:
        print("\nStok di tangan per barang")
        print(format_table(stock, [("label", "Barang")] + columns[1:]))


def register(sub: Any) -> None:
    """Add these commands (their one-line help is in tagana_app/cli.py's COMMANDS)."""
    st = sub.add_parser("site").add_subparsers(dest="site_cmd", required=True)
    p = st.add_parser("show", help="kode situs ini dan sidik kuncinya; situs pasangannya")
    p.set_defaults(func=cmd_site_show)
    p = st.add_parser("setup", help="kode, nama dan jenis situs ini (sebelum berpasangan; admin)")
    p.add_argument("--code", required=True, metavar="KODE")
    p.add_argument("--name", required=True, metavar="NAMA")
    p.add_argument("--kind", required=True, choices=("kabupaten", "kota", "provinsi"))
    p.add_argument("--region", metavar="KODE_WILAYAH")
    p.set_defaults(func=cmd_site_setup)
    p = st.add_parser("revoke", help="cabut situs (laptop hilang): berkasnya ditolak (pejabat)")
    p.add_argument("code", metavar="KODE")
    p.add_argument("--reason", required=True, metavar="ALASAN")
    p.set_defaults(func=cmd_site_revoke)
    p = st.add_parser("card", help="berkas perkenalan untuk provinsi atau kabupaten/kota")
    p.add_argument("-o", "--output", metavar="BERKAS")
    p.set_defaults(func=cmd_site_card)
    pk = sub.add_parser("posko").add_subparsers(dest="posko_cmd", required=True)
    p = pk.add_parser("create", help="buat posko untuk kejadian dan berkas penyiapannya (di kantor)")
    p.add_argument("code", metavar="KODE")
    p.add_argument("--name", required=True, metavar="NAMA")
    p.add_argument("--incident", required=True, metavar="KEJADIAN")
    p.add_argument("--region", metavar="KODE_WILAYAH", help="kecamatan atau desa posko")
    p.add_argument("-o", "--output", metavar="BERKAS")
    p.set_defaults(func=cmd_posko_create)
    p = pk.add_parser("setup-file", help="buat lagi berkas penyiapan posko yang belum dipasangkan")
    p.add_argument("code", metavar="KODE")
    p.add_argument("-o", "--output", metavar="BERKAS")
    p.set_defaults(func=cmd_posko_setup_file)
    p = pk.add_parser("join", help="jadikan basis data baru ini posko dari berkas penyiapan (di laptop posko)")
    p.add_argument("setup", metavar="BERKAS_PENYIAPAN")
    p.add_argument("--admin", required=True, metavar="NAMA", help="admin posko (kata sandi dari TAGANA_PASSWORD)")
    p.add_argument("--expect-fingerprint", metavar="SIDIK", help="sidik kunci kantor yang dibacakan")
    p.add_argument("-o", "--output", metavar="BERKAS_BALASAN")
    p.set_defaults(func=cmd_posko_join)
    p = pk.add_parser("list", help="posko dan pertukaran berkasnya")
    p.set_defaults(func=cmd_posko_list)
    p = pk.add_parser("show", help="satu posko: stok, distribusi per desa, permintaan, relawan, masalah")
    p.add_argument("code", metavar="KODE")
    p.set_defaults(func=cmd_posko_show)
    ex = sub.add_parser("exchange").add_subparsers(dest="exchange_cmd", required=True)
    p = ex.add_parser("export", help="buat berkas pertukaran untuk situs pasangan")
    p.add_argument("--to", required=True, metavar="KODE")
    p.add_argument("--all", action="store_true", help="semua yang belum diakui situs itu (bila berkas hilang)")
    p.add_argument("-o", "--output", metavar="BERKAS")
    p.set_defaults(func=cmd_export)
    p = ex.add_parser("import", help="ambil berkas pertukaran (diperiksa tanda tangannya dulu)")
    p.add_argument("file", metavar="BERKAS")
    p.add_argument("--expect-fingerprint", metavar="SIDIK")
    p.set_defaults(func=cmd_import)
    p = ex.add_parser("status", help="situs pasangan: berkas terakhir diterima dan dikirim, masalah")
    p.set_defaults(func=cmd_status)
    pv = sub.add_parser("province").add_subparsers(dest="province_cmd", required=True)
    p = pv.add_parser("summary", help="kabupaten/kota berdampingan: stok, permintaan, penyaluran, relawan")
    p.set_defaults(func=cmd_province_summary)


