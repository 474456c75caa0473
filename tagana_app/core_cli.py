"""The core's own `tagana` commands: init, db, user, backup, restore, audit, setting, sign.

``register(sub)`` adds them to the parser of ``tagana_app/cli.py``, which imports this module only
when one of these commands runs (their one-line help is in its command table).
"""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from tagana_app import accounts, audit, backup, clock, migrate, permissions, settings
from tagana_app.cli_support import Context, read_new_password, secret_from_env, whole_number_arg
from tagana_app.errors import ValidationError
from tagana_app.settings import Scope, Setting
from tagana_app.texts import N_

LoadDemo = Callable[[Any, accounts.Actor], dict[str, int]]  # (session, actor): the whole demo data set


def cmd_init(ctx: Context, load_demo: LoadDemo) -> None:
    db = ctx.db
    admin_name = ctx.args.admin
    created = None
    has_users = db.write(accounts.has_users)
    if not has_users:
        if not admin_name:
            raise ValidationError(N_("errors", "Basis data baru: sebutkan admin pertama dengan --admin NAMA."))
        password = read_new_password("TAGANA_PASSWORD", prompt=f"Kata sandi untuk {admin_name}: ") \
            if _env_has("TAGANA_PASSWORD") else read_new_password(None, prompt=f"Kata sandi untuk {admin_name}: ")

        def work(session):  # noqa: ANN001, ANN202
            info = accounts.create_first_admin(session, admin_name, password, "Administrator")
            actor = accounts.Actor(info.id, info.username, info.role, info.full_name)
            return info, load_demo(session, actor) if ctx.args.demo else None
        created, loaded = db.write(work)
    else:
        loaded = db.write(lambda s: load_demo(s, ctx.actor())) if ctx.args.demo else None
    result = {"database": db.describe(), "revision": migrate.current_revision(db),
              "admin": created.username if created else None, "demo": loaded}
    text = f"Basis data siap: {db.describe()} (revisi {result['revision']})."
    if created:
        text += f"\nAdmin pertama dibuat: {created.username}."
    if loaded:
        text += "\nData contoh dimuat: " + ", ".join(f"{k} {v}" for k, v in loaded.items()) + "."
    ctx.emit(result, text=text)


def _env_has(name: str) -> bool:
    import os

    return name in os.environ


def cmd_db_status(ctx: Context) -> None:
    db = ctx.db
    current, head = migrate.current_revision(db), migrate.head_revision()
    result = {"database": db.describe(), "revision": current, "head": head, "up_to_date": current == head}
    state = "mutakhir" if current == head else "perlu upgrade"
    ctx.emit(result, text=f"Basis data: {db.describe()}\nRevisi: {current or '-'} (terbaru {head}): {state}")


def cmd_db_upgrade(ctx: Context) -> None:
    copy = migrate.upgrade(ctx.db)
    result = {"database": ctx.db.describe(), "revision": migrate.current_revision(ctx.db),
              "copy": str(copy) if copy else None}
    text = f"Basis data pada revisi {result['revision']}."
    if copy:
        text += f"\nSalinan sebelum upgrade: {copy}"
    ctx.emit(result, text=text)


def cmd_user_add(ctx: Context) -> None:
    actor = ctx.actor()
    password = read_new_password(ctx.args.password_env)
    info = ctx.db.write(lambda s: accounts.create_user(s, actor, ctx.args.name, ctx.args.role, password,
                                                       ctx.args.full_name or ""))
    ctx.emit(info, text=f"Pengguna {info.username} ({info.role}) dibuat.")


def cmd_user_list(ctx: Context) -> None:
    actor = ctx.actor()
    with ctx.db.read() as session:
        users = accounts.list_users(session)
    if not permissions.can_manage_users(actor):  # personal data: the NIPs are for the admins
        users = [dataclasses.replace(u, nip="") for u in users]
    ctx.emit_table(users, [("username", "PENGGUNA"), ("full_name", "NAMA"), ("role", "PERAN"),
                           ("active", "AKTIF"), ("nip", "NIP"), ("position", "JABATAN")])


def cmd_user_passwd(ctx: Context) -> None:
    actor = ctx.actor()
    password = read_new_password(ctx.args.password_env)
    info = ctx.db.write(lambda s: accounts.set_password(s, actor, ctx.args.name, password))
    ctx.emit(info, text=f"Kata sandi {info.username} diganti.")


def cmd_user_unlock(ctx: Context) -> None:
    actor = ctx.actor()
    info = ctx.db.write(lambda s: accounts.unlock_user(s, actor, ctx.args.name))
    ctx.emit(info, text=f"Kunci akun {info.username} dibuka.")


def cmd_user_active(ctx: Context, *, active: bool) -> None:
    actor = ctx.actor()
    info = ctx.db.write(lambda s: accounts.set_active(s, actor, ctx.args.name, active))
    ctx.emit(info, text=f"Akun {info.username} {'aktif' if info.active else 'dinonaktifkan'}.")


def cmd_user_role(ctx: Context) -> None:
    actor = ctx.actor()
    info = ctx.db.write(lambda s: accounts.set_role(s, actor, ctx.args.name, ctx.args.role))
    ctx.emit(info, text=f"Peran {info.username}: {info.role}.")


def cmd_user_update(ctx: Context) -> None:
    actor = ctx.actor()
    a = ctx.args
    info = ctx.db.write(lambda s: accounts.update_user(s, actor, a.name, full_name=a.full_name, nip=a.nip, rank=a.rank,
                                                       position=a.position))
    ctx.emit(info, text=f"Data pengguna {info.username} disimpan: {info.full_name or '-'}, NIP {info.nip or '-'}, "
                        f"{info.rank or '-'}, {info.position or '-'}.")


def _sqlite_path(ctx: Context) -> Path:
    path = ctx.db.sqlite_path
    if path is None:
        raise ValidationError(N_("errors", "Cadangan dan pemulihan di sini hanya untuk SQLite; untuk "
                                           "PostgreSQL gunakan pg_dump dan pg_restore (lihat README)."))
    return path


def cmd_backup(ctx: Context) -> None:
    actor = ctx.actor()
    permissions.can_backup.require(actor, action=N_("domain", "membuat cadangan"))
    target = backup.backup(_sqlite_path(ctx), ctx.args.path)
    ctx.db.write(lambda s: audit.record(s, actor, "db.backup", N_("domain", "basis data"), str(target)))
    ctx.emit({"backup": str(target)}, text=f"Cadangan dibuat: {target}")


def cmd_restore(ctx: Context) -> None:
    actor = ctx.actor()
    permissions.can_backup.require(actor, action=N_("domain", "memulihkan cadangan"))
    path = _sqlite_path(ctx)
    ctx.db.dispose()
    kept = backup.restore(path, Path(ctx.args.path))
    migrate.upgrade(ctx.db)
    ctx.db.write(lambda s: audit.record(s, actor, "db.restore", N_("domain", "basis data"),
                                        str(ctx.args.path),
                                        {"salinan_sebelumnya": str(kept)}))
    ctx.emit({"restored": ctx.args.path, "previous_copy": str(kept)},
             text=f"Dipulihkan dari {ctx.args.path}.\nBasis data sebelumnya disalin ke: {kept}")


def cmd_audit(ctx: Context) -> None:
    ctx.actor()
    flt = audit.AuditFilter(username=ctx.args.by, entity=ctx.args.entity, action=ctx.args.action)
    with ctx.db.read() as session:
        entries = audit.list_entries(session, flt, limit=ctx.args.limit)
    # Shown in the office's time zone, to the second (stored in UTC).
    entries = [dataclasses.replace(e, at=clock.local(e.at).replace(microsecond=0)) for e in entries]
    ctx.emit_table(entries, [("at", f"WAKTU ({clock.zone_code()})"), ("username", "PENGGUNA"), ("action", "TINDAKAN"),
                             ("entity", "ENTITAS"), ("entity_id", "ID"), ("changes", "PERUBAHAN")])


# The office settings a command may read and change: all but the ones no person types in.
NOT_ON_COMMAND_LINE = {
    settings.DEMO_DATA.key: "penanda data contoh diatur oleh program",
    settings.OFFICE_LOGO_PNG.key: "logo dipilih dari berkas gambar di halaman Pengaturan, tab Profil kantor",
}


def _office_setting(key: str) -> Setting:
    setting = settings.REGISTRY.get(key)
    if setting is None:
        raise ValidationError(N_("errors", "Pengaturan '{key}' tidak dikenal. Lihat daftarnya dengan 'tagana "
                                           "setting list'."),
                              key=key)
    if setting.scope is not Scope.OFFICE:
        raise ValidationError(N_("errors", "Pengaturan '{key}' hanya berlaku untuk satu komputer; ubah di "
                                           "halaman Pengaturan, tab Komputer ini."), key=key)
    if key in NOT_ON_COMMAND_LINE:
        raise ValidationError(N_("errors", "Pengaturan '{key}' tidak diatur lewat baris perintah: {why}."),
                              key=key,
                              why=NOT_ON_COMMAND_LINE[key])
    return setting


def _setting_record(setting: Setting, value: object) -> dict[str, object]:
    return {"key": setting.key, "label": setting.label, "value": value, "default": setting.default}


def cmd_setting_list(ctx: Context) -> None:
    ctx.actor()
    with ctx.db.read() as session:
        values = settings.office_values(session)
    rows = [_setting_record(s, values[key]) for key, s in settings.REGISTRY.items()
            if s.scope is Scope.OFFICE and key not in NOT_ON_COMMAND_LINE]
    if not ctx.json:  # the table stays narrow enough to read, and what was changed stands out
        rows = [{**row, "default": "(sama)" if row["value"] == row["default"] else row["default"] or "(kosong)"}
                for row in rows]
    ctx.emit_table(rows, [("key", "KUNCI"), ("value", "NILAI"), ("default", "BAWAAN"), ("label", "KETERANGAN")])


def cmd_setting_get(ctx: Context) -> None:
    ctx.actor()
    setting = _office_setting(ctx.args.key)
    with ctx.db.read() as session:
        value = settings.get_office(session, setting)
    ctx.emit(_setting_record(setting, value), text=str(value))


def cmd_setting_set(ctx: Context) -> None:
    actor = ctx.actor()
    setting = _office_setting(ctx.args.key)
    raw = ctx.args.value.strip() if setting.type is str else ctx.args.value

    def work(session):  # noqa: ANN001, ANN202 - validated, stored and audited by set_office, or nothing
        changed = settings.set_office(session, actor, {setting: raw})
        return changed, settings.get_office(session, setting)
    changed, value = ctx.db.write(work)
    old = changed[setting.key]["lama"] if changed else value
    record = {**_setting_record(setting, value), "changed": old != value}
    if old != value:
        text = f"Pengaturan {setting.key} diubah: {old} → {value}"
    else:
        text = f"Pengaturan {setting.key} tidak berubah: {value}"
    ctx.emit(record, text=text)


# --- the office's certificate for electronic signatures ----------------------------------------------

def _certificate_text(found: Any) -> str:
    from tagana_app import esign

    return (f"Penanda tangan: {found.signer_name}\nSubjek: {found.subject}\nPenerbit: {found.issuer}\n"
            f"Berlaku: {esign.when(found.valid_from)} s.d. {esign.when(found.valid_to)}\n"
            f"Nomor seri: {found.serial}")


def cmd_sign_setup(ctx: Context) -> None:
    from tagana_app import esign

    actor = ctx.actor()
    permissions.can_manage_esign.require(actor)
    password = secret_from_env(ctx.args.password_env)
    found = ctx.db.write(lambda s: esign.setup(s, actor, Path(ctx.args.p12), password))
    ctx.emit(found, text="Sertifikat dipasang; setiap dokumen asli kini ditandatangani secara elektronik.\n"
             + _certificate_text(found))


def cmd_sign_status(ctx: Context) -> None:
    from tagana_app import esign

    ctx.actor()
    with ctx.db.read() as session:
        found = esign.status(session)
    if found is None:
        ctx.emit({"certificate": None}, text="Tidak ada sertifikat: dokumen asli dicetak tanpa tanda tangan "
                                             "elektronik.")
        return
    valid = found.valid_at(clock.now())
    ctx.emit({"certificate": found, "valid_now": valid},
             text=_certificate_text(found) + ("" if valid else "\nTIDAK BERLAKU saat ini: dokumen asli tidak "
                                                                "dapat dicetak sampai sertifikat diganti atau dihapus."))


def cmd_sign_remove(ctx: Context) -> None:
    from tagana_app import esign

    actor = ctx.actor()
    permissions.can_manage_esign.require(actor)
    if not ctx.args.ya:
        raise ValidationError(N_("errors", "Menghapus sertifikat tanda tangan elektronik perlu penegasan: "
                                           "ulangi dengan --ya."))
    removed = ctx.db.write(lambda s: esign.remove(s, actor))
    ctx.emit({"removed": removed}, text="Sertifikat dihapus; dokumen asli dicetak tanpa tanda tangan elektronik."
             if removed else "Tidak ada sertifikat yang terpasang.")


# --- the parser -------------------------------------------------------------------------------

def register(sub: argparse._SubParsersAction, *, load_demo: LoadDemo) -> None:
    """Add these commands (their one-line help is in tagana_app/cli.py's COMMANDS); ``load_demo`` is
    what `init --demo` loads: every package's part, put together by the composition root."""
    p = sub.add_parser("init")
    p.add_argument("--demo", action="store_true", help="isi dengan data contoh")
    p.add_argument("--admin", metavar="NAMA", help="nama admin pertama (kata sandi dari TAGANA_PASSWORD)")
    p.set_defaults(func=partial(cmd_init, load_demo=load_demo))

    dbp = sub.add_parser("db").add_subparsers(dest="db_cmd", required=True)
    dbp.add_parser("status", help="revisi skema").set_defaults(func=cmd_db_status, no_upgrade=True)
    dbp.add_parser("upgrade", help="jalankan migrasi").set_defaults(func=cmd_db_upgrade, no_upgrade=True)

    up = sub.add_parser("user").add_subparsers(dest="user_cmd", required=True)
    p = up.add_parser("add", help="tambah pengguna")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=accounts.ROLE_LABELS)
    p.add_argument("--full-name", help="nama lengkap")
    p.add_argument("--password-env", metavar="VAR", help="ambil kata sandi dari variabel lingkungan VAR")
    p.set_defaults(func=cmd_user_add)
    up.add_parser("list", help="daftar pengguna").set_defaults(func=cmd_user_list)
    p = up.add_parser("passwd", help="ganti kata sandi")
    p.add_argument("name")
    p.add_argument("--password-env", metavar="VAR", help="ambil kata sandi dari variabel lingkungan VAR")
    p.set_defaults(func=cmd_user_passwd)
    p = up.add_parser("update", help="nama lengkap, NIP, pangkat/golongan dan jabatan (dicetak di bawah tanda tangan)")
    p.add_argument("name")
    p.add_argument("--full-name", help="nama lengkap dengan gelar")
    p.add_argument("--nip", help="NIP 18 digit (kosong: bukan ASN)")
    p.add_argument("--rank", help='pangkat/golongan, mis. "Penata (III/c)"')
    p.add_argument("--position", help="jabatan, mis. Kepala Bidang Perlindungan dan Jaminan Sosial")
    p.set_defaults(func=cmd_user_update)
    p = up.add_parser("unlock", help="buka kunci akun yang dikunci karena gagal masuk")
    p.add_argument("name")
    p.set_defaults(func=cmd_user_unlock)
    p = up.add_parser("deactivate", help="nonaktifkan akun (tidak dapat masuk lagi; riwayatnya tetap)")
    p.add_argument("name")
    p.set_defaults(func=partial(cmd_user_active, active=False))
    p = up.add_parser("activate", help="aktifkan lagi akun yang dinonaktifkan")
    p.add_argument("name")
    p.set_defaults(func=partial(cmd_user_active, active=True))
    p = up.add_parser("role", help="ubah peran pengguna (admin; bukan peran sendiri)")
    p.add_argument("name")
    p.add_argument("role", choices=accounts.ROLE_LABELS)
    p.set_defaults(func=cmd_user_role)

    p = sub.add_parser("backup")
    p.add_argument("path", help="berkas atau folder tujuan")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore")
    p.add_argument("path")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("audit")
    p.add_argument("--limit", type=whole_number_arg("--limit", maximum=10**9), default=50)
    p.add_argument("--by", metavar="PENGGUNA")
    p.add_argument("--entity")
    p.add_argument("--action")
    p.set_defaults(func=cmd_audit)

    stp = sub.add_parser("setting").add_subparsers(dest="setting_cmd", required=True)
    stp.add_parser("list", help="semua pengaturan kantor dengan nilai dan bawaannya").set_defaults(
        func=cmd_setting_list)
    p = stp.add_parser("get", help="nilai satu pengaturan")
    p.add_argument("key", metavar="KUNCI")
    p.set_defaults(func=cmd_setting_get)
    p = stp.add_parser("set", help="ubah satu pengaturan kantor (admin; diperiksa dan dicatat di audit)")
    p.add_argument("key", metavar="KUNCI")
    p.add_argument("value", metavar="NILAI")
    p.set_defaults(func=cmd_setting_set)

    sgp = sub.add_parser("sign").add_subparsers(dest="sign_cmd", required=True)
    p = sgp.add_parser("setup", help="pasang sertifikat PKCS#12 kantor (admin)")
    p.add_argument("--p12", required=True, metavar="BERKAS", help="berkas sertifikat .p12/.pfx")
    p.add_argument("--password-env", required=True, metavar="VAR",
                   help="ambil kata sandi sertifikat dari variabel lingkungan VAR")
    p.set_defaults(func=cmd_sign_setup)
    sgp.add_parser("status", help="sertifikat yang terpasang").set_defaults(func=cmd_sign_status)
    p = sgp.add_parser("remove", help="hapus sertifikat kantor (admin)")
    p.add_argument("--ya", action="store_true", help="ya, hapus")
    p.set_defaults(func=cmd_sign_remove)
