"""Refusals of the deployment part, each with an Indonesian message template."""

from __future__ import annotations

from tagana_app.errors import TaganaError


class InvalidNIK(TaganaError):
    template = "NIK '{nik}' tidak valid: {reason}"


class DuplicateNIK(TaganaError):
    template = "NIK {nik} sudah terdaftar atas nama {name}."


class DuplicateNIAT(TaganaError):
    template = "NIAT '{niat}' sudah dipakai oleh {name}."


class InvalidPhone(TaganaError):
    template = "Nomor telepon '{phone}' tidak valid untuk Indonesia."


class AssignmentRefused(TaganaError):
    """Base of the refusals an official may override with a written reason."""

    template = "Penugasan ditolak."


class AssignmentOverlap(AssignmentRefused):
    template = (
        "{name} sudah ditugaskan pada {other_incident} dari {other_from} sampai {other_to}; periode "
        "{start} s.d. {end} beririsan. Penugasan baru paling cepat mulai {next_free}."
    )


class VolunteerInactive(AssignmentRefused):
    template = "{name} berstatus nonaktif dan tidak dapat ditugaskan."


class VolunteerUnavailable(AssignmentRefused):
    template = "{name} menyatakan tidak tersedia dari {start} sampai {end} ({reason})."


class OverrideNotAllowed(TaganaError):
    template = (
        "Penugasan ditolak: {refusal} Hanya pejabat yang dapat mengecualikan penolakan ini, "
        "dengan alasan tertulis."
    )


class IncidentClosed(TaganaError):
    template = "Kejadian {number} sudah berstatus selesai; tidak dapat menerima penugasan baru."


class ImportRefused(TaganaError):
    template = "Impor dibatalkan: {count} baris bermasalah; tidak ada data yang disimpan."


class WrongSheet(TaganaError):
    template = (
        "Berkas '{path}' tidak memuat tabel relawan yang dikenali: baris judul dengan kolom {required} "
        "tidak ditemukan (lembar '{sheet}')."
    )
