"""Who may do what: each rule of the core declared once, for the services that refuse and the pages that ask.

A ``Capability`` names the roles that may do one thing; the administrator always may.  A service
refuses with ``can_x.require(actor)`` (``PermissionDenied``, in the words of ``doing`` or of the
``action`` it passes); a page asks ``can_x(actor)`` to show or enable a control.  No role name is
written anywhere else: the rules of stock live in ``inventory.permissions``, those of volunteers,
incidents and kits in ``deployment.permissions``, the steps of a dispatch in
``deployment.dispatch.lifecycle``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tagana_app.errors import PermissionDenied
from tagana_app.texts import N_

if TYPE_CHECKING:
    from tagana_app.accounts import Actor

ADMIN = "admin"              # may do everything; the first user of a database
DEFAULT_ROLE = "pemantau"    # read only: what a new account gets unless someone chooses more
WAREHOUSE = "gudang"         # petugas gudang
COORDINATOR = "koordinator"  # koordinator tanggap darurat
OFFICIAL = "pejabat"         # pejabat penandatangan

FIRST_ADMIN_NAME = "admin"  # the user name offered for the first administrator of a new database


@dataclass(frozen=True, eq=False)  # each capability is itself: two with the same roles are still two rules
class Capability:
    """The roles that may do one thing (the administrator always may), and how a refusal says it."""

    roles: tuple[str, ...]
    doing: str  # "mencetak dokumen": completes "... tidak berwenang untuk {doing}."

    def __call__(self, actor: Actor) -> bool:
        return actor.role == ADMIN or actor.role in self.roles

    def require(self, actor: Actor, *, action: str | None = None) -> None:
        """Refuse unless ``actor`` may; ``action`` words the refusal more precisely than ``doing``."""
        if not self(actor):
            raise PermissionDenied(user=actor.username, role=actor.role, action=action or self.doing)


def admin_only(doing: str) -> Capability:
    return Capability((), doing)


can_manage_users = admin_only(N_("domain", "membuat pengguna"))
can_change_office_settings = admin_only(N_("domain", "mengubah pengaturan kantor"))
can_backup = admin_only(N_("domain", "membuat cadangan"))
can_load_demo = admin_only(N_("domain", "memuat data contoh"))
can_manage_esign = admin_only(N_("domain", "mengatur sertifikat tanda tangan elektronik"))
can_issue_numbers = Capability((WAREHOUSE, COORDINATOR, OFFICIAL), N_("domain", "menerbitkan nomor dokumen"))
can_cancel_numbers = Capability((COORDINATOR, OFFICIAL), N_("domain", "membatalkan nomor dokumen"))
can_print_documents = Capability((WAREHOUSE, COORDINATOR, OFFICIAL), N_("domain", "mencetak dokumen"))
