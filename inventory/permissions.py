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
can_override_expired = Capability((OFFICIAL,), N_("domain", "mengeluarkan barang kedaluwarsa"))
# Reversing a movement: anyone who may issue starts, the warehouse books it; the movements of a document with
# steps of its own (a write-off among them) are never reversed on their own (inventory.stock.document_step).
can_reverse_movements = Capability((WAREHOUSE, OFFICIAL), N_("domain", "membatalkan mutasi stok"))
can_correct_stock = Capability((WAREHOUSE,), N_("domain", "membatalkan mutasi stok"))
can_count_stock = Capability((WAREHOUSE,), N_("domain", "melakukan stock opname"))
# The warehouse counts and sends the count for approval; an official who did not count it approves,
# which posts the differences.
can_approve_count = Capability((OFFICIAL,), N_("domain", "menyetujui stock opname"))
can_request_writeoff = Capability((WAREHOUSE,), N_("domain", "mengajukan penghapusan barang"))
can_decide_writeoff = Capability((OFFICIAL,), N_("domain", "memutuskan penghapusan barang"))
can_change_equipment_condition = Capability((WAREHOUSE,), N_("domain", "mengubah kondisi peralatan"))
# The catalogue of units is the office's own list: only the administrator extends or shortens it.
can_manage_units = Capability((), N_("domain", "mengubah daftar satuan"))
can_lend_equipment = Capability((WAREHOUSE,), N_("domain", "meminjamkan peralatan (pinjam pakai)"))
can_print_labels = Capability((WAREHOUSE,), N_("domain", "mencetak label barang dan peralatan"))
