"""Kits defined, edited and removed (services and `tagana kit add|update|remove|show`)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from deployment.dispatch import kits
from deployment.dispatch.models import Kit, KitLine
from tagana_app.errors import Duplicate, PermissionDenied, ValidationError
from tagana_app.models import AuditLog

from .test_cli import run  # noqa: F401 - the fixture


def _kit_rows(env) -> tuple[int, int]:  # noqa: ANN001
    with env.db.read() as s:
        return s.scalar(select(func.count()).select_from(Kit)), s.scalar(select(func.count()).select_from(KitLine))


def test_a_kit_is_edited_and_removed(env):
    k = env.koordinator
    env.db.write(lambda s: kits.create_kit(s, k, "pk-kel", "Paket keluarga", "kk", [kits.KitLineInput("FK", 1)]))
    info = env.db.write(lambda s: kits.update_kit(s, k, "PK-KEL", name="Paket keluarga besar", basis="jiwa",
                                                  lines=[kits.KitLineInput("FK", 1, 4), kits.KitLineInput("MSS", 3)]))
    assert (info.name, info.basis, [(x.item, x.quantity, x.per) for x in info.lines]) == (
        "Paket keluarga besar", "jiwa", [("FK", 1, 4), ("MSS", 3, 1)])
    with pytest.raises(ValidationError, match="tercantum dua kali"):
        env.db.write(lambda s: kits.update_kit(s, k, "PK-KEL", lines=[kits.KitLineInput("FK", 1)] * 2))
    with pytest.raises(ValidationError, match="belum berisi barang"):
        env.db.write(lambda s: kits.update_kit(s, k, "PK-KEL", lines=[]))
    env.db.write(lambda s: kits.create_kit(s, k, "PK-2", "Paket dua", "tetap", [kits.KitLineInput("FK", 1)]))
    with pytest.raises(Duplicate):
        env.db.write(lambda s: kits.update_kit(s, k, "PK-KEL", name="paket DUA"))
    with pytest.raises(PermissionDenied):
        env.db.write(lambda s: kits.update_kit(s, env.users["pemantau"], "PK-KEL", name="X"))
    assert [(x.item, x.quantity) for x in env.db.write(lambda s: kits.get_kit(s, "PK-KEL")).lines] == [
        ("FK", 1), ("MSS", 3)]  # the refusals changed nothing
    env.db.write(lambda s: kits.remove_kit(s, k, "PK-KEL"))
    assert _kit_rows(env) == (1, 1)
    with env.db.read() as s:
        actions = list(s.scalars(select(AuditLog.action).where(AuditLog.entity_id.in_(("PK-KEL",)))
                                 .order_by(AuditLog.id)))
    assert actions == ["kit.create", "kit.update", "kit.remove"]


def test_kit_commands(run, env):  # noqa: F811
    code, out, _ = run("kit", "add", "PK-SAJI", "--name", "Paket makanan siap saji", "--per", "person",
                       "--line", "MSS=3", "--line", "fk=1/4", "--json")
    assert code == 0
    kit = json.loads(out)
    assert kit["basis"] == "jiwa" and [(x["item"], x["quantity"], x["per"]) for x in kit["lines"]] == [
        ("MSS", 3, 1), ("FK", 1, 4)]
    code, out, _ = run("kit", "update", "PK-SAJI", "--per", "household", "--line", "MSS=6")
    assert code == 0 and "per kepala keluarga" in out and "FK" not in out
    before = _kit_rows(env)
    assert run("kit", "add", "PK-X", "--name", "X", "--per", "week", "--line", "MSS=1")[0] == 2
    assert run("kit", "add", "PK-X", "--name", "X", "--per", "person", "--line", "MSS")[0] == 2
    code, _, err = run("kit", "add", "PK-X", "--name", "X", "--per", "person", "--line", "NOPE=1")
    assert code == 1 and "NOPE" in err
    assert run("kit", "add", "PK-X", "--name", "X", "--per", "person", "--line", "MSS=1", user="pemantau")[0] == 1
    assert _kit_rows(env) == before
    code, out, _ = run("kit", "show", "PK-SAJI")
    assert code == 0 and "MSS" in out
    assert "PK-SAJI" in run("kit", "list")[1]
    assert run("kit", "remove", "PK-SAJI")[0] == 0
    assert "PK-SAJI" not in run("kit", "list")[1]
