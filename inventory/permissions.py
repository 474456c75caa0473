"""Who may do what with the warehouse's stock: each rule declared once.

Services refuse with ``can_x.require(actor, action=...)``; pages ask ``can_x(actor)`` to show or
enable a control.  The warehouse staff keep the books; an official may also issue goods, and
alone may release expired stock or decide a write-off.
"""

from __future__ import annotations

from tagana_app.permissions import OFFICIAL, WAREHOUSE, Capability
from tagana_app.texts import N_

can_manage_catalogue = Capability((WAREHOUSE,), N_("domain", "mengubah katalog barang dan gudang"))
can_receive_goods = Capability((WAREHOUSE,), N_("domain", "mencatat penerimaan barang"))
can_import_opening_stock = Capability((WAREHOUSE,), N_("domain", "mengimpor saldo awal stok"))
can_transfer_goods = Capability((WAREHOUSE,), N_("domain", "memindahkan barang antargudang"))
can_issue_goods = Capability((WAREHOUSE, OFFICIAL), N_("domain", "mengeluarkan barang"))
# Not separated: the override is the pejabat's own decision taken in the same act as the issue or
# transfer he books himself (there is no one else's work to decide on; the reason is written and audited).
can_override_expired = Capability((OFFICIAL,), N_("domain", "mengeluarkan barang kedaluwarsa"))
# Reversing a movement: anyone who may issue starts, the warehouse books it; the movements of a document with
# steps of its own (a write-off among them) are never reversed on their own (inventory.stock.document_step).
can_reverse_movements = Capability((WAREHOUSE, OFFICIAL), N_("domain", "membatalkan mutasi stok"))
can_correct_stock = Capability((WAREHOUSE,), N_("domain", "membatalkan mutasi stok"))
can_count_stock = Capability((WAREHOUSE,), N_("domain", "melakukan stock opname"))
# The warehouse counts and sends the count for approval; an official who neither counted nor sent it
# approves, which posts the differences (made_by: the submitter and the counters).
can_approve_count = Capability((OFFICIAL,), N_("domain", "menyetujui stock opname"), separate=True)
can_request_writeoff = Capability((WAREHOUSE,), N_("domain", "mengajukan penghapusan barang"))
# Nobody decides a write-off he requested, the administrator included (made_by: the requester).
can_decide_writeoff = Capability((OFFICIAL,), N_("domain", "memutuskan penghapusan barang"), separate=True)
can_change_equipment_condition = Capability((WAREHOUSE,), N_("domain", "mengubah kondisi peralatan"))
# The catalogue of units is the office's own list: only the administrator extends or shortens it.
can_manage_units = Capability((), N_("domain", "mengubah daftar satuan"))
can_lend_equipment = Capability((WAREHOUSE,), N_("domain", "meminjamkan peralatan (pinjam pakai)"))
can_print_labels = Capability((WAREHOUSE,), N_("domain", "mencetak label barang dan peralatan"))
