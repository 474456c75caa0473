"""Who may do what with volunteers, incidents, assignments and kits: each rule declared once.

Services refuse with ``can_x.require(actor, action=...)``; pages ask ``can_x(actor)``.  The steps
of a dispatch have their own table, ``deployment.dispatch.lifecycle``.
"""

from __future__ import annotations

from tagana_app.permissions import COORDINATOR, OFFICIAL, WAREHOUSE, Capability
from tagana_app.texts import N_

can_write_volunteers = Capability((COORDINATOR, OFFICIAL), N_("domain", "mengubah data relawan"))
can_import_roster = Capability((COORDINATOR, OFFICIAL), N_("domain", "mengimpor daftar relawan"))
can_write_incidents = Capability((COORDINATOR, OFFICIAL), N_("domain", "mengubah kejadian bencana"))
can_assign = Capability((COORDINATOR, OFFICIAL), N_("domain", "menugaskan relawan"))
# Assigning despite a refusal (overlap, rest days, ...), with a written reason.
can_override_assignment = Capability((OFFICIAL,), N_("domain", "mengecualikan penolakan penugasan"),
                                     separate=True)
can_manage_kits = Capability((WAREHOUSE, COORDINATOR, OFFICIAL), N_("domain", "membuat paket barang"))
# Requests for aid (deployment.requests): the koordinator receives them, a pejabat who did not
# receive one decides it (its disposition), the koordinator or pejabat cancels one.
can_receive_requests = Capability((COORDINATOR,), N_("domain", "mencatat permintaan bantuan"))
can_decide_requests = Capability((OFFICIAL,), N_("domain", "memutuskan permintaan bantuan"), separate=True)
can_cancel_requests = Capability((COORDINATOR, OFFICIAL), N_("domain", "membatalkan permintaan bantuan"))
# Distributions to villages and households (deployment.distribution), recorded and cancelled.
can_distribute = Capability((WAREHOUSE, COORDINATOR), N_("domain", "mencatat distribusi bantuan"))
# Personal data of volunteers (deployment.personal_data): the NIK and phone numbers are shown whole to
# those who assign and sign; the warehouse and readers see them masked.  Exporting the roster with its
# personal data is for the koordinator (and admin), and is audited.
can_see_personal_data = Capability((COORDINATOR, OFFICIAL), N_("domain", "melihat NIK dan nomor HP relawan utuh"))
can_export_personal_data = Capability((COORDINATOR,), N_("domain", "mengekspor data pribadi relawan"))
# Goods leaving a warehouse that needs a declared emergency without one: a pejabat's written permission,
# never on a dispatch he prepared himself (deployment.dispatch.release).
can_override_release = Capability((OFFICIAL,), N_("domain", "mengizinkan pengeluaran tanpa status darurat"),
                                  separate=True)
# Closing an incident or a dispatch while something is still open (deployment.closing), with a reason;
# not a dispatch one created oneself.
can_override_closing = Capability((OFFICIAL,), N_("domain", "menutup dengan pengecualian"), separate=True)
