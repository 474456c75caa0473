"""Refusals of the deployment part, each with an Indonesian message template marked for translation."""

from __future__ import annotations

from tagana_app.errors import TaganaError
from tagana_app.texts import ERRORS, N_, Text


class InvalidNIK(TaganaError):
    template = N_("errors", "NIK '{nik}' tidak valid: {reason}")


class DuplicateNIK(TaganaError):
    template = N_("errors", "NIK {nik} sudah terdaftar atas nama {name}.")


class DuplicateNIAT(TaganaError):
    template = N_("errors", "NIAT '{niat}' sudah dipakai oleh {name}.")


class InvalidPhone(TaganaError):
    template = N_("errors", "Nomor telepon '{phone}' tidak valid untuk Indonesia.")


class AssignmentRefused(TaganaError):
    """Base of the refusals an official may override with a written reason."""

    template = N_("errors", "Penugasan ditolak.")


class AssignmentOverlap(AssignmentRefused):
    template = N_(
        "errors",
        "{name} sudah ditugaskan pada {other_incident} dari {other_from} sampai {other_to}; periode "
        "{start} s.d. {end} beririsan. Penugasan baru paling cepat mulai {next_free}."
    )


class VolunteerInactive(AssignmentRefused):
    template = N_("errors", "{name} berstatus nonaktif dan tidak dapat ditugaskan.")


class VolunteerUnavailable(AssignmentRefused):
    template = N_("errors", "{name} menyatakan tidak tersedia dari {start} sampai {end} ({reason}).")


class RestTooShort(AssignmentRefused):
    template = N_("errors", "{name}: istirahat {when} hanya {rest} hari (minimum {min} hari).")


class AssignmentTooLong(AssignmentRefused):
    template = N_("errors", "{name}: penugasan terus-menerus {days} hari ({start} s.d. {end}) melebihi batas "
                            "{max} hari.")


class AssignmentForbidden(TaganaError):
    """Base of the refusals nobody may override (the law on the volunteer's age)."""

    template = N_("errors", "Penugasan tidak diperbolehkan.")


class VolunteerTooYoung(AssignmentForbidden):
    template = N_("errors", "{name} baru berumur {age} tahun pada {start}; relawan Tagana paling muda {low} tahun. "
                            "Penugasan tidak dapat dikecualikan.")


class LegiunRoleRefused(AssignmentForbidden):
    template = N_("errors", "{name} berumur {age} tahun ({status}): anggota di atas {high} tahun atau Legiun hanya "
                            "boleh bertugas sebagai {roles}, bukan {role}.")


class AssignmentVoided(TaganaError):
    template = N_("errors", "Penugasan #{id} sudah dibatalkan oleh {who} ({reason}).")


class VoidAfterCheckIn(TaganaError):
    template = N_("errors", "Penugasan #{id} ({name}) tidak dapat dibatalkan: relawan sudah check-in pada {at}. "
                            "Akhiri penugasan dengan \"Akhiri...\".")


class OverridePending(TaganaError):
    template = N_("errors", "Penugasan #{id} ({name}) masih menunggu persetujuan pengecualian dari pejabat.")


class NoOverridePending(TaganaError):
    template = N_("errors", "Penugasan #{id} tidak sedang menunggu persetujuan pengecualian.")


class OutsideAssignmentDays(TaganaError):
    template = N_("errors", "Waktu {what} {at} di luar masa penugasan {name} ({start} s.d. {end}).")


class OverrideNotAllowed(TaganaError):
    template = N_(
        "errors",
        "Penugasan ditolak: {refusal} Hanya pejabat yang dapat mengecualikan penolakan ini, "
        "dengan alasan tertulis."
    )


class IncidentClosed(TaganaError):
    template = N_("errors", "Kejadian {number} sudah berstatus selesai; tidak dapat menerima penugasan baru.")


class ImportRefused(TaganaError):
    template = N_("errors", "Impor dibatalkan: {count} baris bermasalah; tidak ada data yang disimpan.")


class WrongSheet(TaganaError):
    template = N_(
        "errors",
        "Berkas '{path}' tidak memuat tabel relawan yang dikenali: baris judul dengan kolom {required} "
        "tidak ditemukan (lembar '{sheet}')."
    )


def refusal_text(error: TaganaError) -> Text:
    """A refusal kept as a sentence for later (a preview's list, an import row's problem): it reads as
    ``str(error)`` and keeps the template and fields, so the window can still translate it."""
    return Text(error.template, ERRORS, **error.fields)
