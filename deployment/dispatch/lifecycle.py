"""The life of a dispatch as one table: each step, who may take it, the states it starts from and ends in.

    draft ──submit──▶ submitted ──approve──▶ approved ──send──▶ sent ──handover──▶ handed_over ──close──▶ closed
      ◀──withdraw──┘
      └───────────cancel───────────┴──────────────┴──▶ cancelled   (goods that left come back by ``return``)

The koordinator who prepared a dispatch submits it ("diajukan"): its lines are fixed from then on.
Only a pejabat approves, and never one he created himself (``APPROVERS`` is a separated capability:
``take_step`` passes the dispatch's creator); a submitted dispatch goes back to draft with ``withdraw``.

The services (``service``, ``returns``, ``kits``, ``documents``) take every step through
``records.take_step``, which checks the actor's role and the dispatch's state against this table
and refuses with ``PermissionDenied``, ``WrongDispatchState`` or ``DocumentNotReady``; the command
line lists the steps open to a person (``tagana dispatch show``) and the window enables its
buttons with ``can``.  A rule beyond role and state (say, nobody approves their own work) belongs
in the step's capability function here (``can_approve_dispatch``) and in ``check``.

No database and no Qt here: a dispatch is anything with a ``status`` (the table row, a
``DispatchRecord``, a ``DispatchSummary``), or the status itself.
The labels of the states and steps and the words a refusal is made of are marked for translation
(``N_``, context "domain"): the window shows them in its language, the command line in Indonesian.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from deployment.permissions import can_override_release
from tagana_app import doc_kinds
from tagana_app.errors import TaganaError
from tagana_app.permissions import COORDINATOR, OFFICIAL, WAREHOUSE, Capability, either
from tagana_app.texts import N_

if TYPE_CHECKING:
    from tagana_app.accounts import Actor

# The states and their labels, in the order of a dispatch's life.
STATES = {
    "draft": N_("domain", "Konsep"),
    "submitted": N_("domain", "Diajukan"),
    "approved": N_("domain", "Disetujui"),
    "sent": N_("domain", "Dikirim"),
    "handed_over": N_("domain", "Diserahterimakan"),
    "closed": N_("domain", "Selesai"),
    "cancelled": N_("domain", "Dibatalkan"),
}
DRAFT, SUBMITTED, APPROVED, SENT, HANDED_OVER, CLOSED, CANCELLED = STATES
SENT_STATES = (SENT, HANDED_OVER, CLOSED)  # the goods have left the warehouse (booked out, equipment on loan)
HANDED_STATES = (HANDED_OVER, CLOSED)      # the recipient's counts are recorded

# Who takes part (the administrator always may).
DRAFTERS = Capability((WAREHOUSE, COORDINATOR, OFFICIAL), N_("domain", "menyiapkan pengiriman"))
SUBMITTERS = Capability((COORDINATOR, OFFICIAL), N_("domain", "mengajukan pengiriman"))
# A pejabat approves, never a dispatch he created (the administrator neither).
APPROVERS = Capability((OFFICIAL,), N_("domain", "menyetujui pengiriman"), separate=True)
LOADERS = Capability((WAREHOUSE,), N_("domain", "mengirim barang"))
RECEIVERS = Capability((WAREHOUSE, COORDINATOR), N_("domain", "mencatat serah terima"))
CLOSERS = Capability((COORDINATOR, OFFICIAL), N_("domain", "menutup pengiriman"))
CANCELLERS = Capability((COORDINATOR, OFFICIAL), N_("domain", "membatalkan pengiriman"))
RETURN_TAKERS = Capability((WAREHOUSE,), N_("domain", "mencatat pengembalian barang"))


class WrongDispatchState(TaganaError):
    template = N_("errors", "Pengiriman {number} berstatus {status}; {action} hanya untuk pengiriman berstatus "
                  "{allowed}.")


class DocumentNotReady(TaganaError):
    template = N_("errors", "{document} untuk pengiriman {number} belum dapat dicetak: status pengiriman {status}, "
                  "{needed}.")


class HasStatus(Protocol):
    @property
    def status(self) -> str: ...


@dataclass(frozen=True, eq=False)
class Step:
    name: str
    label: str                   # what a person does, as the command line lists it
    who: Capability
    starts: tuple[str, ...]      # the states it starts from; () for ``create``: there is no dispatch yet
    ends: str | None             # the state it ends in; None: the state stays
    doing: str                   # refused role: "... tidak berwenang untuk {doing}."
    state_action: str = ""       # refused state: "...; {state_action} hanya untuk pengiriman berstatus ..."
    # A refused state worded for the person who tried it from one of these states instead.
    state_notes: Mapping[str, str] = field(default_factory=dict)
    document: str = ""           # a paper printed at this step: a refused state is DocumentNotReady
    needed: str = ""
    command: str = ""            # the `tagana` command that takes it, if any
    # The states it also starts from on a posko's database, for a dispatch addressed to that posko
    # (``received_here``): the truck may arrive before the office recorded it sent.
    posko_starts: tuple[str, ...] = ()

    def starts_from(self, status: str, *, received_here: bool = False) -> bool:
        return status in self.starts or (received_here and status in self.posko_starts)


def _sent(note: str) -> dict[str, str]:
    return dict.fromkeys(SENT_STATES, note)


_EDIT = (DRAFT,)
_BEFORE_SENDING = (DRAFT, SUBMITTED, APPROVED)

STEPS: dict[str, Step] = {step.name: step for step in (
    # name, label, who, starts from, ends in, refusal of the role, refusal of the state
    Step("create", N_("domain", "buat pengiriman"), DRAFTERS, (), DRAFT, N_("domain", "membuat pengiriman"),
         command="dispatch new"),
    Step("edit_header", N_("domain", "ubah data pengiriman"), DRAFTERS, _BEFORE_SENDING, None,
         N_("domain", "mengubah pengiriman"), N_("domain", "mengubah data pengiriman")),
    Step("add_line", N_("domain", "tambah barang"), DRAFTERS, _EDIT, None,
         N_("domain", "menambah barang pada pengiriman"), N_("domain", "menambah barang pada pengiriman"),
         command="dispatch add"),
    Step("set_line", N_("domain", "ubah jumlah barang"), DRAFTERS, _EDIT, None,
         N_("domain", "mengubah barang pada pengiriman"), N_("domain", "mengubah barang pada pengiriman"),
         command="dispatch set"),
    Step("pick", N_("domain", "pilih batch/nomor seri"), DRAFTERS, _EDIT, None,
         N_("domain", "memilih batch atau nomor seri"), N_("domain", "memilih batch atau nomor seri"),
         command="dispatch pick"),
    Step("add_kit", N_("domain", "tambah paket"), DRAFTERS, _EDIT, None,
         N_("domain", "menambah paket pada pengiriman"), N_("domain", "menambah paket pada pengiriman"),
         command="dispatch kit"),
    Step("add_escort", N_("domain", "tambah pendamping"), DRAFTERS, _BEFORE_SENDING, None,
         N_("domain", "menambah pendamping pengiriman"), N_("domain", "menambah pendamping"),
         command="dispatch crew"),
    Step("remove_escort", N_("domain", "hapus pendamping"), DRAFTERS, _BEFORE_SENDING, None,
         N_("domain", "menghapus pendamping pengiriman"), N_("domain", "menghapus pendamping")),
    Step("submit", N_("domain", "ajukan untuk disetujui"), SUBMITTERS, (DRAFT,), SUBMITTED,
         N_("domain", "mengajukan pengiriman"), N_("domain", "pengajuan"), command="dispatch submit"),
    Step("withdraw", N_("domain", "kembalikan ke konsep"), Capability((COORDINATOR, OFFICIAL), N_(
        "domain", "mengembalikan pengiriman ke konsep")), (SUBMITTED,), DRAFT,
         N_("domain", "mengembalikan pengiriman ke konsep"), N_("domain", "pengembalian ke konsep"),
         command="dispatch withdraw"),
    Step("approve", N_("domain", "setujui dan cadangkan stok"), APPROVERS, (SUBMITTED,), APPROVED,
         N_("domain", "menyetujui pengiriman"), N_("domain", "persetujuan"), command="dispatch approve"),
    Step("send", N_("domain", "kirim barang"), LOADERS, (APPROVED,), SENT, N_("domain", "mengirim barang"),
         N_("domain", "pengiriman barang"), command="dispatch send"),
    Step("handover", N_("domain", "catat serah terima"), RECEIVERS, (SENT,), HANDED_OVER,
         N_("domain", "mencatat serah terima"), N_("domain", "serah terima"), command="dispatch handover",
         posko_starts=(APPROVED,)),
    Step("close", N_("domain", "tutup"), CLOSERS, (HANDED_OVER,), CLOSED, N_("domain", "menutup pengiriman"),
         N_("domain", "penutupan"), command="dispatch close"),
    Step("cancel", N_("domain", "batalkan"), CANCELLERS, _BEFORE_SENDING, CANCELLED,
         N_("domain", "membatalkan pengiriman"), N_("domain", "pembatalan"),
         state_notes=_sent(N_("domain", "pembatalan (barang yang sudah dikirim hanya dapat dikembalikan)")),
         command="dispatch cancel"),
    Step("return", N_("domain", "catat pengembalian"), RETURN_TAKERS, SENT_STATES, None,
         N_("domain", "mencatat pengembalian barang"), N_("domain", "pengembalian barang"), command="dispatch return"),
    Step("manifest", N_("domain", "cetak Surat Jalan"), doc_kinds.KINDS["manifest"].may_print,
         (APPROVED, *SENT_STATES), None, N_("domain", "mencetak surat jalan"), document=N_("domain", "Surat Jalan"),
         needed=N_("domain", "surat jalan dicetak setelah pengiriman disetujui"), command="print manifest"),
    Step("bast", N_("domain", "cetak BAST"), doc_kinds.KINDS["bast"].may_print, HANDED_STATES, None,
         N_("domain", "mencetak berita acara serah terima"), document=N_("domain", "BAST"),
         needed=N_("domain", "BAST dicetak setelah serah terima dicatat"), command="print bast"),
    Step("pinjam_pakai", N_("domain", "cetak Berita Acara Pinjam Pakai"), doc_kinds.KINDS["pinjam_pakai"].may_print,
         SENT_STATES, None, N_("domain", "mencetak berita acara pinjam pakai"),
         document=N_("domain", "Berita Acara Pinjam Pakai"),
         needed=N_("domain", "berita acara pinjam pakai dicetak setelah peralatan dikirim"),
         command="print pinjam-pakai"),
    Step("pengembalian", N_("domain", "cetak Berita Acara Pengembalian"),
         doc_kinds.KINDS["ba_pengembalian"].may_print, SENT_STATES, None,
         N_("domain", "mencetak berita acara pengembalian"), document=N_("domain", "Berita Acara Pengembalian"),
         needed=N_("domain", "berita acara pengembalian dicetak setelah peralatan dikirim dan kembali"),
         command="print pengembalian"),
    # Goods from a warehouse that needs a declared emergency, sent without one (deployment.dispatch.release).
    Step("override_release", N_("domain", "izinkan tanpa status darurat"), can_override_release, _BEFORE_SENDING,
         None, N_("domain", "mengizinkan pengeluaran tanpa status darurat"),
         N_("domain", "izin pengeluaran tanpa status darurat"), command="dispatch override-release"),
)}

# The states a dispatch still has a step ahead in (the page's "Perlu tindakan" filter).
PENDING_STATES = tuple(s for s in STATES if any(step.ends and s in step.starts for step in STEPS.values()))


def _step(step: str | Step) -> Step:
    return step if isinstance(step, Step) else STEPS[step]


def _status(dispatch: HasStatus | str) -> str:
    return dispatch if isinstance(dispatch, str) else dispatch.status


def end_state(step: str | Step) -> str:
    """The state a state-changing step leaves the dispatch in."""
    ends = _step(step).ends
    assert ends is not None, step
    return ends


def state_allows(step: str | Step, dispatch: HasStatus | str) -> bool:
    """Whether ``step`` can start from the dispatch's state (whoever takes it); a dispatch that knows it is
    ``received_here`` (at the posko it is addressed to) also from the step's ``posko_starts``."""
    return _step(step).starts_from(_status(dispatch), received_here=getattr(dispatch, "received_here", False))


def can(actor: Actor, step: str | Step, dispatch: HasStatus | str | None = None) -> bool:
    """Whether ``actor`` may take ``step``, and (given a dispatch or its status) whether its state allows it;
    given a dispatch that knows its ``created_by``, a separated step is refused to its creator."""
    chosen = _step(step)
    made_by = getattr(dispatch, "created_by", None)
    return chosen.who(actor, made_by) and (dispatch is None or state_allows(chosen, dispatch))


def open_steps(actor: Actor, dispatch: HasStatus | str) -> list[Step]:
    """The steps ``actor`` may take on ``dispatch`` now, in the order of the table."""
    return [step for step in STEPS.values() if can(actor, step, dispatch)]


def require_role(actor: Actor, step: str | Step, made_by: str | None = None) -> None:
    """Refuse a role that may not take ``step``; given the dispatch's creator, also a separated step
    (approval) taken by that creator."""
    chosen = _step(step)
    chosen.who.require(actor, action=chosen.doing, made_by=made_by)


def require_state(step: str | Step, number: str, status: str, *, received_here: bool = False) -> None:
    """Refuse ``step`` on dispatch ``number`` in ``status`` unless the table lets it start there."""
    chosen = _step(step)
    if chosen.starts_from(status, received_here=received_here):
        return
    if chosen.document:
        raise DocumentNotReady(document=chosen.document, number=number, status=STATES[status], needed=chosen.needed)
    raise WrongDispatchState(number=number, status=STATES[status],
                             action=chosen.state_notes.get(status, chosen.state_action),
                             allowed=either([STATES[s] for s in chosen.starts]))


def check(actor: Actor, step: str | Step, number: str, status: str) -> None:
    """Refuse unless ``actor`` may take ``step`` on dispatch ``number`` in ``status``: role first, then state."""
    require_role(actor, step)
    require_state(step, number, status)


# The capabilities the pages ask by name.
def can_create_dispatch(actor: Actor) -> bool:
    return can(actor, "create")


def can_edit_dispatch(actor: Actor, dispatch: HasStatus | str) -> bool:
    """Lines, kits and picks: the draft editor."""
    return can(actor, "add_line", dispatch)


def can_approve_dispatch(actor: Actor, dispatch: HasStatus | str) -> bool:
    return can(actor, "approve", dispatch)
