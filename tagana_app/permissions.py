"""Who may do what: each rule of the core declared once, for the services that refuse and the pages that ask.

A ``Capability`` names the roles that may do one thing; the administrator always may.  A service
refuses with ``can_x.require(actor)`` (``PermissionDenied``, in the words of ``doing`` or of the
``action`` it passes); a page asks ``can_x(actor)`` to show or enable a control.  No role name is
written anywhere else: the rules of stock live in ``inventory.permissions``, those of volunteers,
incidents and kits in ``deployment.permissions``, the steps of a dispatch in
``deployment.dispatch.lifecycle``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tagana_app.errors import OwnWorkRefused, PermissionDenied
from tagana_app.texts import N_, Text

if TYPE_CHECKING:
    from tagana_app.accounts import Actor

ADMIN = "admin"              # may do everything; the first user of a database
DEFAULT_ROLE = "pemantau"    # read only: what a new account gets unless someone chooses more
WAREHOUSE = "gudang"         # petugas gudang
COORDINATOR = "koordinator"  # koordinator tanggap darurat
OFFICIAL = "pejabat"         # pejabat penandatangan

FIRST_ADMIN_NAME = "admin"  # the user name offered for the first administrator of a new database


# The roles as a refusal names them ("yang berwenang: pejabat"), in the context "roles".
ROLE_NAMES = {
    ADMIN: N_("roles", "admin"),
    WAREHOUSE: N_("roles", "petugas gudang"),
    COORDINATOR: N_("roles", "koordinator"),
    OFFICIAL: N_("roles", "pejabat"),
    DEFAULT_ROLE: N_("roles", "pemantau"),
}

def either(labels: list[str]) -> str:
    """"Konsep atau Disetujui": the labels as alternatives, kept as a Text for the window's translation."""
    if len(labels) == 1:
        return labels[0]
    if len(labels) > 2:  # "Konsep, Diajukan atau Disetujui"
        return Text(N_("domain", "{first}, {rest}"), "domain", first=labels[0], rest=either(labels[1:]))
    return Text(N_("domain", "{first} atau {rest}"), "domain", first=labels[0], rest=labels[1])


MadeBy = str | Iterable[str] | None  # the user name(s) of who created, requested, counted or sent the thing


def _makers(made_by: MadeBy) -> set[str]:
    if made_by is None:
        return set()
    if isinstance(made_by, str):
        return {made_by} if made_by else set()
    return {name for name in made_by if name}


@dataclass(frozen=True, eq=False)  # each capability is itself: two with the same roles are still two rules
class Capability:
    """The roles that may do one thing (the administrator always may), and how a refusal says it.

    ``separate``: the thing is a decision on someone's work (approving, deciding, overriding), and
    nobody takes it on what they made themselves, the administrator included.  The caller passes
    ``made_by``, the user names of who created, requested, counted or sent it; without it only the
    role is asked (a page enabling a menu before anything is chosen).
    """

    roles: tuple[str, ...]
    doing: str  # "mencetak dokumen": completes "... tidak berwenang untuk {doing}."
    separate: bool = False

    def __call__(self, actor: Actor, made_by: MadeBy = None) -> bool:
        if not (actor.role == ADMIN or actor.role in self.roles):
            return False
        return not (self.separate and actor.username in _makers(made_by))

    def allowed(self) -> str:
        """Who may, as a refusal says it: "pejabat atau admin"."""
        return either([Text(ROLE_NAMES[role], "roles") for role in (*self.roles, ADMIN)])

    def require(self, actor: Actor, *, action: str | None = None, made_by: MadeBy = None) -> None:
        """Refuse unless ``actor`` may; ``action`` words the refusal more precisely than ``doing``.
        The refusal says who may: the roles, and for a separated rule "other than" the maker."""
        doing = action or self.doing
        if not (actor.role == ADMIN or actor.role in self.roles):
            raise PermissionDenied(user=actor.username, role=actor.role, action=doing, allowed=self.allowed())
        if self.separate and actor.username in _makers(made_by):
            raise OwnWorkRefused(user=actor.username, action=doing, allowed=self.allowed())


def admin_only(doing: str) -> Capability:
    return Capability((), doing)


can_manage_users = admin_only(N_("domain", "membuat pengguna"))
can_change_office_settings = admin_only(N_("domain", "mengubah pengaturan kantor"))
can_backup = admin_only(N_("domain", "membuat cadangan"))
can_load_demo = admin_only(N_("domain", "memuat data contoh"))
can_manage_esign = admin_only(N_("domain", "mengatur sertifikat tanda tangan elektronik"))
# Which database this desktop opens (its local settings): pointing it elsewhere is the administrator's.
can_change_database_location = admin_only(N_("domain", "mengubah lokasi basis data"))
can_issue_numbers = Capability((WAREHOUSE, COORDINATOR, OFFICIAL), N_("domain", "menerbitkan nomor dokumen"))
can_cancel_numbers = Capability((COORDINATOR, OFFICIAL), N_("domain", "membatalkan nomor dokumen"))
can_print_documents = Capability((WAREHOUSE, COORDINATOR, OFFICIAL), N_("domain", "mencetak dokumen"))
