"""Who may do what, declared once per package (tagana_app, inventory and deployment ``permissions``): the
rules as the services enforced them before they were declared, and the refusal they raise."""

from __future__ import annotations

import pytest

from deployment import permissions as deployment_rules
from inventory import permissions as stock_rules
from tagana_app import permissions
from tagana_app.accounts import Actor
from tagana_app.errors import PermissionDenied
from tagana_app.models import ROLES

G, K, P = "gudang", "koordinator", "pejabat"
# capability: the roles besides admin that held it (the *_ROLES tuples and require_role calls it replaces)
RULES = {
    permissions.can_manage_users: set(),
    permissions.can_change_office_settings: set(),
    permissions.can_backup: set(),
    permissions.can_load_demo: set(),
    permissions.can_manage_esign: set(),
    permissions.can_change_database_location: set(),
    permissions.can_issue_numbers: {G, K, P},
    permissions.can_cancel_numbers: {K, P},
    permissions.can_print_documents: {G, K, P},
    stock_rules.can_manage_catalogue: {G},
    stock_rules.can_manage_units: set(),
    stock_rules.can_receive_goods: {G},
    stock_rules.can_import_opening_stock: {G},
    stock_rules.can_transfer_goods: {G},
    stock_rules.can_issue_goods: {G, P},
    stock_rules.can_override_expired: {P},
    stock_rules.can_reverse_movements: {G, P},
    stock_rules.can_correct_stock: {G},
    stock_rules.can_count_stock: {G},
    stock_rules.can_approve_count: {P},
    stock_rules.can_request_writeoff: {G},
    stock_rules.can_decide_writeoff: {P},
    stock_rules.can_change_equipment_condition: {G},
    stock_rules.can_lend_equipment: {G},
    stock_rules.can_print_labels: {G},
    deployment_rules.can_write_volunteers: {K, P},
    deployment_rules.can_import_roster: {K, P},
    deployment_rules.can_write_incidents: {K, P},
    deployment_rules.can_assign: {K, P},
    deployment_rules.can_override_assignment: {P},
    deployment_rules.can_manage_kits: {G, K, P},
    deployment_rules.can_receive_requests: {K},
    deployment_rules.can_decide_requests: {P},
    deployment_rules.can_cancel_requests: {K, P},
    deployment_rules.can_distribute: {G, K},
    deployment_rules.can_see_personal_data: {K, P},
    deployment_rules.can_export_personal_data: {K},
    deployment_rules.can_override_release: {P},
    deployment_rules.can_override_closing: {P},
}


def _actor(role: str) -> Actor:
    return Actor(0, f"uji-{role}", role)


@pytest.mark.parametrize("capability", list(RULES), ids=lambda c: c.doing)
def test_who_holds_each_capability(capability):
    assert {r for r in ROLES if capability(_actor(r))} == RULES[capability] | {"admin"}


def test_every_declared_capability_is_listed_here():
    declared = {value for module in (permissions, stock_rules, deployment_rules) for value in vars(module).values()
                if isinstance(value, permissions.Capability)}
    assert declared == set(RULES)


def test_the_role_constants_are_the_roles():
    assert {permissions.ADMIN, permissions.DEFAULT_ROLE, permissions.WAREHOUSE, permissions.COORDINATOR,
            permissions.OFFICIAL} == set(ROLES)


def test_a_refusal_names_the_person_and_what_they_tried():
    with pytest.raises(PermissionDenied) as refused:
        stock_rules.can_receive_goods.require(_actor("pemantau"), action="mencatat penerimaan barang")
    assert str(refused.value) == ("Pengguna 'uji-pemantau' dengan peran 'pemantau' tidak berwenang untuk "
                                  "mencatat penerimaan barang; yang berwenang: petugas gudang atau admin.")


def test_a_separated_capability_refuses_its_maker_and_says_who_may():
    official = _actor("pejabat")
    rule = deployment_rules.can_decide_requests
    assert rule(official) and rule(official, made_by="someone-else") and not rule(official, made_by=official.username)
    admin = _actor("admin")
    assert not rule(admin, made_by=[admin.username, "x"])  # the administrator neither decides his own
    with pytest.raises(PermissionDenied) as refused:
        rule.require(official, made_by=official.username)
    assert "tidak boleh memutuskan permintaan bantuan atas pekerjaannya sendiri" in str(refused.value)
    assert "yang berwenang: pejabat atau admin, selain 'uji-pejabat'" in str(refused.value)
    with pytest.raises(PermissionDenied, match="tidak berwenang untuk mencetak dokumen"):
        permissions.can_print_documents.require(_actor("pemantau"))
