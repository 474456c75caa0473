"""Who may do what with the warehouse's stock: each rule declared once.

Services refuse with ``can_x.require(actor, action=...)``; pages ask ``can_x(actor)`` to show or
enable a control.  The warehouse staff keep the books; an official may also issue goods, and
alone may release expired stock, undo a write-off or decide one.
"""

from __future__ import annotations

from tagana_app.permissions import OFFICIAL, WAREHOUSE, Capability

can_manage_catalogue = Capability((WAREHOUSE,), "mengubah katalog barang dan gudang")
can_receive_goods = Capability((WAREHOUSE,), "mencatat penerimaan barang")
can_import_opening_stock = Capability((WAREHOUSE,), "mengimpor saldo awal stok")
can_transfer_goods = Capability((WAREHOUSE,), "memindahkan barang antargudang")
can_issue_goods = Capability((WAREHOUSE, OFFICIAL), "mengeluarkan barang")
can_override_expired = Capability((OFFICIAL,), "mengeluarkan barang kedaluwarsa")
# Reversing a movement: anyone who may issue starts; a write-off only an official, anything else the warehouse.
can_reverse_movements = Capability((WAREHOUSE, OFFICIAL), "membatalkan mutasi stok")
can_reverse_writeoff = Capability((OFFICIAL,), "membatalkan penghapusan barang")
can_correct_stock = Capability((WAREHOUSE,), "membatalkan mutasi stok")
can_count_stock = Capability((WAREHOUSE,), "melakukan stock opname")
can_post_count = Capability((WAREHOUSE, OFFICIAL), "memposting stock opname")
can_request_writeoff = Capability((WAREHOUSE,), "mengajukan penghapusan barang")
can_decide_writeoff = Capability((OFFICIAL,), "memutuskan penghapusan barang")
can_change_equipment_condition = Capability((WAREHOUSE,), "mengubah kondisi peralatan")
