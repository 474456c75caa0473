<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/pages/users.py" line="81"/>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="89"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="90"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="91"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="92"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="93"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="94"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="100"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="60"/>
        <location filename="../../ui/pages/assignment_dialog.py" line="64"/>
        <source>Tugaskan relawan</source>
        <translation>Assign volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="61"/>
        <source>Kejadian {number}: {name}</source>
        <translation>Incident {number}: {name}</translation>
    </message>
    <message>
        <source>Kejadian {number}: {name}; menjawab permintaan {request}</source>
        <translation type="vanished">Incident {number}: {name}; answering request {request}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="67"/>
        <source>Cari nama, NIK atau NIAT...</source>
        <translation>Search name, NIK or NIAT...</translation>
    </message>
    <message>
        <source>Alasan tertulis mengecualikan penolakan (dicatat dalam audit)</source>
        <translation type="vanished">Written reason for overriding the refusal (recorded in the audit log)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="63"/>
        <source>Menjawab permintaan {request}</source>
        <translation>Answering request {request}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="93"/>
        <source>Alasan tertulis; pejabat lain menyetujui sebelum penugasan berlaku</source>
        <translation>Written reason; another official approves before the assignment takes effect</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="96"/>
        <source>Relawan</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="98"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="99"/>
        <source>Dari tanggal</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="100"/>
        <source>Sampai tanggal</source>
        <translation>Until date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="101"/>
        <source>Pemeriksaan</source>
        <translation>Checks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="102"/>
        <source>Alasan pengecualian</source>
        <translation>Reason for override</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="104"/>
        <location filename="../../ui/pages/assignment_dialog.py" line="243"/>
        <source>Simpan penugasan</source>
        <translation>Save assignment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="143"/>
        <source>Tidak ada relawan yang cocok dengan &quot;{text}&quot;.</source>
        <translation>No volunteer matches &quot;{text}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="167"/>
        <source>Pilih relawan untuk melihat pemeriksaan.</source>
        <translation>Select a volunteer to see the checks.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="171"/>
        <source>Memeriksa...</source>
        <translation>Checking...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="188"/>
        <source>Ditolak:</source>
        <translation>Refused:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="190"/>
        <source>Peringatan:</source>
        <translation>Warning:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="192"/>
        <source>Tidak ada bentrokan atau peringatan.</source>
        <translation>No clashes and no warnings.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="196"/>
        <source>Penugasan ini tidak dapat disimpan dan tidak dapat dikecualikan.</source>
        <translation>This assignment cannot be saved and cannot be excepted.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="199"/>
        <source>Anda dapat mengajukan pengecualian dengan alasan tertulis di bawah; penugasan berlaku setelah disetujui pejabat lain (bukan pengusul).</source>
        <translation>You can propose an exception with a written reason below; the assignment takes effect once another official (not the proposer) approves it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="243"/>
        <source>Ajukan pengecualian</source>
        <translation>Propose exception</translation>
    </message>
    <message>
        <source>Penugasan ini tidak dapat disimpan. Hanya pejabat yang dapat mengecualikan penolakan, dengan alasan tertulis.</source>
        <translation type="vanished">This assignment cannot be saved. Only an official can override a refusal, with a written reason.</translation>
    </message>
    <message>
        <source>Anda dapat mengecualikan penolakan dengan menuliskan alasannya di bawah.</source>
        <translation type="vanished">You can override the refusal by writing the reason below.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="251"/>
        <source>Pilih relawan dan tunggu hasil pemeriksaan sebelum menyimpan.</source>
        <translation>Select a volunteer and wait for the checks before saving.</translation>
    </message>
</context>
<context>
    <name>AssignmentModel</name>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="224"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="225"/>
        <source>NIAT</source>
        <translation>NIAT</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="226"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="227"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="228"/>
        <source>Sampai</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="229"/>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="230"/>
        <source>Check-in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="231"/>
        <source>Check-out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="232"/>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="246"/>
        <source>Pengecualian diajukan oleh {who}, menunggu persetujuan pejabat: {reason}</source>
        <translation>Exception proposed by {who}, waiting for an official&apos;s approval: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="249"/>
        <source>Dikecualikan oleh {who}: {reason}</source>
        <translation>Overridden by {who}: {reason}</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="82"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="82"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="82"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="83"/>
        <source>Entitas</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="83"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="84"/>
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/pages/audit.py" line="78"/>
        <source>Jejak Audit</source>
        <translation>Audit Trail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="79"/>
        <source>Setiap perubahan data tercatat di sini: siapa, kapan, apa yang diubah. Catatan audit tidak dapat diubah atau dihapus.</source>
        <translation>Every change to the data is recorded here: who, when, what changed. Audit records cannot be edited or deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="41"/>
        <source>Semua pengguna</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="41"/>
        <source>Semua entitas</source>
        <translation>All entities</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="42"/>
        <source>Semua tindakan</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="48"/>
        <source>Cari ID, pengguna atau tindakan...</source>
        <translation>Search ID, user or action...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="54"/>
        <source>Hapus filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="69"/>
        <source>Pilih satu baris untuk melihat rinciannya.</source>
        <translation>Select a row to see its details.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="134"/>
        <source>{shown} dari {total} catatan ditampilkan</source>
        <translation>{shown} of {total} records shown</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="148"/>
        <source>(tanpa rincian)</source>
        <translation>(no details)</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="307"/>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="312"/>
        <source>Batalkan pengiriman</source>
        <translation>Cancel dispatch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="308"/>
        <source>Batalkan {number}</source>
        <translation>Cancel {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="309"/>
        <source>Cadangan stok dilepas; nomor pengiriman tetap tercatat sebagai dibatalkan.</source>
        <translation>The stock reservation is released; the dispatch number stays on record as cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="311"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="317"/>
        <source>Alasan pembatalan wajib diisi.</source>
        <translation>A reason for the cancellation is required.</translation>
    </message>
</context>
<context>
    <name>ChartCard</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="104"/>
        <source>Belum ada data</source>
        <translation>No data yet</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../ui/pages/close_dialog.py" line="33"/>
        <source>Memeriksa apa yang masih terbuka...</source>
        <translation>Checking what is still open...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/close_dialog.py" line="43"/>
        <source>mis. tanggap darurat dicabut; peralatan dipinjamkan ke desa</source>
        <translation>e.g. emergency response lifted; equipment lent to the village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/close_dialog.py" line="45"/>
        <source>Alasan pengecualian</source>
        <translation>Reason for the override</translation>
    </message>
    <message>
        <location filename="../../ui/pages/close_dialog.py" line="46"/>
        <location filename="../../ui/pages/close_dialog.py" line="66"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/close_dialog.py" line="64"/>
        <source>Tidak ada yang masih terbuka: {number} dapat ditutup.</source>
        <translation>Nothing is still open: {number} can be closed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/close_dialog.py" line="69"/>
        <source>Masih terbuka ({n}). Selesaikan dulu, atau tutup dengan pengecualian: tulis alasannya; daftar ini disimpan bersama penutupan.</source>
        <translation>Still open ({n}). Finish these first, or close with an override: write the reason; this list is kept with the closing.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/close_dialog.py" line="72"/>
        <source>Tutup dengan pengecualian</source>
        <translation>Close with override</translation>
    </message>
    <message>
        <location filename="../../ui/pages/close_dialog.py" line="76"/>
        <source>Masih terbuka ({n}). Selesaikan dulu; hanya pejabat (bukan pembuatnya) yang dapat menutup dengan pengecualian.</source>
        <translation>Still open ({n}). Finish these first; only an official (not its creator) may close with an override.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/close_dialog.py" line="86"/>
        <source>Tulis alasan pengecualian.</source>
        <translation>Write the reason for the override.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="387"/>
        <location filename="../../ui/pages/transfer_dialogs.py" line="427"/>
        <location filename="../../ui/pages/transfer_dialogs.py" line="436"/>
        <source>Koreksi dokumen</source>
        <translation>Correct document</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="388"/>
        <source>Koreksi {number}</source>
        <translation>Correct {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="389"/>
        <source>Semua baris dokumen ini dibalik oleh dokumen koreksi bernomor baru yang menunjuk ke dokumen ini. Dokumen asli tidak diubah.</source>
        <translation>Every line of this document is reversed by a newly numbered correction document pointing to it. The original document is not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="392"/>
        <source>Gudang</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="392"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="392"/>
        <source>Batch / nomor seri</source>
        <translation>Batch / serial number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="393"/>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="393"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="396"/>
        <source>mis. jumlah salah ketik, seharusnya 50</source>
        <translation>e.g. quantity mistyped, should be 50</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="397"/>
        <source>Baris dokumen</source>
        <translation>Document lines</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="398"/>
        <source>Alasan koreksi</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="399"/>
        <source>Koreksi...</source>
        <translation>Correct...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="421"/>
        <source>Isi alasan koreksi.</source>
        <translation>Give the reason for the correction.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="425"/>
        <source>Balik {count} baris dokumen {number}? Stok kembali seperti sebelum dokumen itu dicatat.</source>
        <translation>Reverse the {count} lines of document {number}? The stock returns to what it was before that document was booked.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="436"/>
        <source>Dokumen koreksi {number} dicatat; {original} dibalik.</source>
        <translation>Correction document {number} booked; {original} reversed.</translation>
    </message>
</context>
<context>
    <name>CountPaperDialog</name>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="172"/>
        <source>Berita Acara Stock Opname</source>
        <translation>Stock count record (Berita Acara Stock Opname)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="173"/>
        <source>Untuk opname yang sudah diposting. Tim opname tercantum dengan NIP dan perannya, dan menandatangani; Kepala Dinas menyetujui.</source>
        <translation>For a posted count. The count team is listed with NIPs and roles and signs; the Kepala Dinas approves.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="181"/>
        <source>Opname</source>
        <translation>Count</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="182"/>
        <source>Cut-off</source>
        <translation>Cut-off</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="183"/>
        <source>Tim opname</source>
        <translation>Count team</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="184"/>
        <source>Simpan tim &amp;&amp; cetak</source>
        <translation>Save team &amp;&amp; print</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="196"/>
        <source>Belum ada stock opname yang diposting.</source>
        <translation>No stock count has been posted yet.</translation>
    </message>
</context>
<context>
    <name>CountsDialog</name>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="95"/>
        <location filename="../../ui/pages/count_dialog.py" line="191"/>
        <source>Stock opname</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="98"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="98"/>
        <source>Gudang</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="99"/>
        <source>Cut-off</source>
        <translation>Cut-off</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="99"/>
        <source>Belum dihitung</source>
        <translation>Not counted yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="102"/>
        <source>Mulai opname...</source>
        <translation>Start a count...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="104"/>
        <source>Cetak lembar hitung</source>
        <translation>Print count sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="106"/>
        <source>Ajukan persetujuan</source>
        <translation>Send for approval</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="108"/>
        <source>Setujui &amp;&amp; posting</source>
        <translation>Approve &amp;&amp; post</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="112"/>
        <source>Catatan bila dikembalikan ke gudang</source>
        <translation>Note when sending back to the warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="113"/>
        <source>Kembalikan</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="115"/>
        <source>BA Stock Opname...</source>
        <translation>Stock count record...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="134"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="134"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="134"/>
        <source>Nama barang</source>
        <translation>Item name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="134"/>
        <location filename="../../ui/pages/count_dialog.py" line="147"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="134"/>
        <source>Kedaluwarsa</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="135"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="135"/>
        <source>Fisik</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="135"/>
        <source>Buku (cut-off)</source>
        <translation>Books (cut-off)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="135"/>
        <source>Mutasi selama opname</source>
        <translation>Movements during the count</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="136"/>
        <source>Seharusnya</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="136"/>
        <source>Selisih</source>
        <translation>Difference</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="136"/>
        <source>Alasan selisih</source>
        <translation>Reason for the difference</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="149"/>
        <source>Kedaluwarsa dd-mm-yyyy</source>
        <translation>Expiry dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="154"/>
        <source>Alasan, mis. ditemukan di rak C</source>
        <translation>Reason, e.g. found on shelf C</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="155"/>
        <source>Catat temuan</source>
        <translation>Record found goods</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="160"/>
        <source>Barang ditemukan di luar catatan:</source>
        <translation>Goods found off the books:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="170"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="192"/>
        <source>Hitung fisik per batch: jumlah menurut buku baru tampil setelah baris dihitung. Opname yang lengkap diajukan ke pejabat; pejabat yang tidak ikut menghitung menyetujui, lalu selisihnya dibukukan dan Berita Acara Stock Opname dicetak.</source>
        <translation>Count per batch: the book quantity shows only after a line is counted. A complete count is sent to an official; an official who did not count approves it, then the differences are booked and the stock count record (Berita Acara Stock Opname) is printed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="252"/>
        <source>Dibuka: isi kolom Fisik (dan Alasan bila ada selisih), lalu ajukan persetujuan.</source>
        <translation>Open: fill in the Counted column (and the Reason where there is a difference), then send it for approval.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="253"/>
        <source>Diajukan oleh {who}; menunggu persetujuan pejabat yang tidak ikut menghitung (dihitung oleh: {counters}).</source>
        <translation>Sent by {who}; waiting for approval by an official who did not count (counted by: {counters}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="256"/>
        <source>Disetujui dan diposting oleh {who}.</source>
        <translation>Approved and posted by {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="265"/>
        <source>(tanpa batch)</source>
        <translation>(no batch)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="305"/>
        <source>Fisik harus bilangan bulat, mis. 1.250.</source>
        <translation>Counted must be a whole number, e.g. 1,250.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="330"/>
        <source>Baris {n} ({item}): {error}</source>
        <translation>Line {n} ({item}): {error}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="357"/>
        <source>Tanggal kedaluwarsa &apos;{text}&apos; tidak valid; tulis dd-mm-yyyy.</source>
        <translation>Expiry date &apos;{text}&apos; is not valid; write dd-mm-yyyy.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/count_dialog.py" line="377"/>
        <source>Barang ditemukan: {error}</source>
        <translation>Goods found: {error}</translation>
    </message>
</context>
<context>
    <name>CreatePoskoWizard</name>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="170"/>
        <source>Buat posko</source>
        <translation>Create command post</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Kejadian aktif</source>
        <translation type="vanished">Active incidents</translation>
    </message>
    <message>
        <source>Relawan bertugas hari ini</source>
        <translation type="vanished">Volunteers on duty today</translation>
    </message>
    <message>
        <source>Menunggu persetujuan</source>
        <translation type="vanished">Awaiting approval</translation>
    </message>
    <message>
        <source>Barang di bawah minimum</source>
        <translation type="vanished">Items below minimum</translation>
    </message>
    <message>
        <source>Batch segera kedaluwarsa</source>
        <translation type="vanished">Batches expiring soon</translation>
    </message>
    <message>
        <source>Stok kedaluwarsa di gudang</source>
        <translation type="vanished">Expired stock in warehouses</translation>
    </message>
    <message>
        <source>Peralatan terlambat kembali</source>
        <translation type="vanished">Equipment overdue for return</translation>
    </message>
    <message>
        <source>Sertifikat segera habis</source>
        <translation type="vanished">Certificates expiring soon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="188"/>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="190"/>
        <source>Selamat datang, {name}</source>
        <translation>Welcome, {name}</translation>
    </message>
    <message>
        <source>Stok per kategori di setiap gudang</source>
        <translation type="vanished">Stock by category in each warehouse</translation>
    </message>
    <message>
        <source>Barang terkirim per kejadian</source>
        <translation type="vanished">Items sent per incident</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="201"/>
        <source>Ringkasan WhatsApp...</source>
        <translation>WhatsApp summary...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="221"/>
        <source>Stok per satuan di setiap gudang</source>
        <translation>Stock per unit in each warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="222"/>
        <source>Barang terkirim per kejadian, per satuan</source>
        <translation>Items sent per incident, per unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="223"/>
        <source>Relawan bertugas per hari, 30 hari terakhir</source>
        <translation>Volunteers on duty per day, last 30 days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="268"/>
        <source>Gagal memuat: {error}</source>
        <translation>Loading failed: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="272"/>
        <source>{number} ({borrower}: {items}, {n} unit, terlambat {days} hari)</source>
        <translation>{number} ({borrower}: {items}, {n} units, {days} days overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="275"/>
        <source>dan {n} lainnya</source>
        <translation>and {n} more</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="276"/>
        <source>Pinjam pakai terlambat kembali: {loans}</source>
        <translation>Equipment loans overdue: {loans}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="289"/>
        <source>{date} · diperbarui pukul {time}</source>
        <translation>{date} · updated at {time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="313"/>
        <source>{incident}: {name} ({count} pengiriman: {quantities})</source>
        <translation>{incident}: {name} ({count} dispatches: {quantities})</translation>
    </message>
    <message>
        <source>{incident}: {name} ({count} pengiriman)</source>
        <translation type="vanished">{incident}: {name} ({count} dispatches)</translation>
    </message>
</context>
<context>
    <name>DecideDialog</name>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="265"/>
        <source>Disposisi permintaan</source>
        <translation>Decide request</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="266"/>
        <source>Disposisi {number}</source>
        <translation>Decision on {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="267"/>
        <source>{name}, {region}: surat {letter} tanggal {day}. Kurangi jumlah yang disetujui bila perlu; setiap pengurangan wajib diberi alasan.</source>
        <translation>{name}, {region}: letter {letter} dated {day}. Lower the approved quantities if needed; every reduction needs a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="273"/>
        <source>Diminta</source>
        <translation>Asked</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation type="vanished">Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="273"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="273"/>
        <source>Barang / relawan</source>
        <translation>Goods / volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="274"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="281"/>
        <source>Relawan {skill}</source>
        <translation>Volunteers: {skill}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="282"/>
        <source>orang</source>
        <translation>persons</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="284"/>
        <source>alasan (wajib)</source>
        <translation>reason (required)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="294"/>
        <source>mis. Diteruskan ke Kabid Linjamsos untuk segera disalurkan</source>
        <translation>e.g. Passed to the head of social protection for prompt delivery</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="295"/>
        <source>Catatan disposisi</source>
        <translation>Decision note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="296"/>
        <source>Tolak seluruhnya...</source>
        <translation>Refuse all...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="300"/>
        <source>Simpan disposisi</source>
        <translation>Save decision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="307"/>
        <source>Alasan wajib diisi bila disetujui kurang dari yang diminta.</source>
        <translation>A reason is required when less than asked is approved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="317"/>
        <location filename="../../ui/pages/request_dialogs.py" line="318"/>
        <source>Tolak permintaan</source>
        <translation>Refuse request</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="317"/>
        <source>Tolak seluruh {number}</source>
        <translation>Refuse all of {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="318"/>
        <source>Semua barang dan relawan yang diminta ditolak dengan alasan ini.</source>
        <translation>All goods and volunteers asked for are refused with this reason.</translation>
    </message>
</context>
<context>
    <name>DecreeFields</name>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="62"/>
        <source>Nomor SK penetapan status (boleh menyusul)</source>
        <translation>Number of the decree setting the status (may follow later)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="65"/>
        <source>mis. Bupati Bengkulu Tengah</source>
        <translation>e.g. Regent of Bengkulu Tengah</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="68"/>
        <source>Nomor SK</source>
        <translation>Decree number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="69"/>
        <source>Tanggal SK</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="70"/>
        <source>Penerbit SK</source>
        <translation>Decree issued by</translation>
    </message>
</context>
<context>
    <name>DispatchEditor</name>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="200"/>
        <source>Pilih pengiriman di daftar, atau buat pengiriman baru.</source>
        <translation>Select a dispatch in the list, or create a new dispatch.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="100"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="100"/>
        <location filename="../../ui/pages/dispatches.py" line="133"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="100"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="101"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="101"/>
        <source>Batch/Seri</source>
        <translation>Batch/Serial</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="101"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="114"/>
        <source>Tambah barang</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="122"/>
        <source>dari data kejadian</source>
        <translation>from the incident data</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="123"/>
        <source>Tambah paket</source>
        <translation>Add kit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="127"/>
        <source>Tambah pendamping</source>
        <translation>Add escort</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="139"/>
        <source>Paket</source>
        <translation>Kit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="143"/>
        <source>Pendamping</source>
        <translation>Escorts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="155"/>
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="158"/>
        <location filename="../../ui/pages/dispatches.py" line="397"/>
        <source>Kembalikan ke konsep</source>
        <translation>Return to draft</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="155"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="156"/>
        <source>Kirim</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="156"/>
        <source>Serah terima...</source>
        <translation>Handover...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="157"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="159"/>
        <source>Pengembalian...</source>
        <translation>Return...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="161"/>
        <source>Batalkan...</source>
        <translation>Cancel...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="160"/>
        <source>Izinkan tanpa status darurat...</source>
        <translation>Allow without emergency status...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="171"/>
        <source>Cetak Surat Jalan</source>
        <translation>Print delivery note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="171"/>
        <source>Cetak BAST</source>
        <translation>Print handover record (BAST)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="172"/>
        <source>Cetak BA Pinjam Pakai</source>
        <translation>Print loan record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="173"/>
        <source>Cetak BA Pengembalian</source>
        <translation>Print return record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="199"/>
        <source>Pilih pengiriman di daftar untuk mencatat serah terimanya.</source>
        <translation>Choose a dispatch in the list to record its handover.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="237"/>
        <source>{number} · {status}</source>
        <translation>{number} · {status}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="239"/>
        <source>Kejadian: {incident} {name}</source>
        <translation>Incident: {incident} {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="240"/>
        <source>Dari: {warehouse}</source>
        <translation>From: {warehouse}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="241"/>
        <source>Tujuan: {to}</source>
        <translation>Destination: {to}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="242"/>
        <source>Penerima: {name}</source>
        <translation>Recipient: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="244"/>
        <source>Kendaraan: {plate}; pengemudi: {driver}</source>
        <translation>Vehicle: {plate}; driver: {driver}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="247"/>
        <source>Surat Jalan: {number}</source>
        <translation>Delivery note: {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="249"/>
        <source>BAST: {number}</source>
        <translation>Handover record (BAST): {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="251"/>
        <source>Peralatan pinjam pakai wajib kembali: {day}</source>
        <translation>Lent equipment due back: {day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="255"/>
        <source>Izin tanpa status darurat dari {by}: {reason}</source>
        <translation>Allowed without emergency status by {by}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="258"/>
        <source>Dibatalkan: {reason}</source>
        <translation>Cancelled: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="262"/>
        <source>Pendamping: {names}</source>
        <translation>Escorts: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="273"/>
        <source>diterima {n}: {why}</source>
        <translation>received {n}: {why}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="276"/>
        <source>kembali {n}</source>
        <translation>returned {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="293"/>
        <source>BAST pengiriman ini dicetak dan ditandatangani di posko {code} dengan nomor {number}; kantor tidak mencetak BAST kedua.</source>
        <translation>This dispatch&apos;s BAST was printed and signed at command post {code} under number {number}; the office prints no second BAST.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="296"/>
        <source>BAST pengiriman ini dicetak di posko {code} saat serah terima; nomornya datang dengan berkas posko berikutnya.</source>
        <translation>This dispatch&apos;s BAST is printed at command post {code} at the handover; its number comes with the command post&apos;s next file.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="319"/>
        <source>per KK</source>
        <translation>per household</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="319"/>
        <source>per jiwa</source>
        <translation>per person</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="319"/>
        <source>tetap</source>
        <translation>fixed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="331"/>
        <source>Tidak ada stok bebas di gudang ini.</source>
        <translation>No free stock in this warehouse.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="334"/>
        <source>Stok bebas {item}: {free} {unit}</source>
        <translation>Free stock of {item}: {free} {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="338"/>
        <source>Stok {item} tidak cukup: tersedia {free} {unit}, diminta {qty} {unit}.</source>
        <translation>Not enough stock of {item}: {free} {unit} available, {qty} {unit} requested.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="390"/>
        <source>Ajukan pengiriman</source>
        <translation>Submit dispatch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="391"/>
        <source>Ajukan {number} untuk disetujui pejabat? Barangnya tidak dapat diubah lagi kecuali dikembalikan ke konsep.</source>
        <translation>Submit {number} for an official&apos;s approval? Its goods can no longer be changed unless it is returned to draft.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="398"/>
        <source>Kembalikan {number} ke konsep agar barangnya dapat diubah?</source>
        <translation>Return {number} to draft so its goods can be changed?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="403"/>
        <source>Setujui pengiriman</source>
        <translation>Approve dispatch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="404"/>
        <source>Setujui {number}? Stok akan dicadangkan untuk pengiriman ini.</source>
        <translation>Approve {number}? Stock will be reserved for this dispatch.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="409"/>
        <source>Kirim barang</source>
        <translation>Dispatch goods</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="410"/>
        <source>Barang {number} keluar dari gudang sekarang?</source>
        <translation>Are the goods of {number} leaving the warehouse now?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="419"/>
        <source>Tutup pengiriman</source>
        <translation>Close dispatch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="420"/>
        <source>{number} ke {destination}</source>
        <translation>{number} to {destination}</translation>
    </message>
</context>
<context>
    <name>DispatchListModel</name>
    <message>
        <location filename="../../ui/pages/dispatch_model.py" line="41"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_model.py" line="42"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_model.py" line="43"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_model.py" line="44"/>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_model.py" line="45"/>
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_model.py" line="46"/>
        <source>Penerima</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_model.py" line="47"/>
        <source>Barang</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_model.py" line="47"/>
        <source>{kinds} jenis, {quantity}</source>
        <translation>{kinds} kinds, {quantity}</translation>
    </message>
</context>
<context>
    <name>DispatchesPage</name>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="504"/>
        <source>Pengiriman</source>
        <translation>Dispatches</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="505"/>
        <source>Bantuan dari gudang ke lokasi bencana: konsep, persetujuan (stok dicadangkan), pengiriman, serah terima dan pengembalian peralatan.</source>
        <translation>Relief from the warehouse to the disaster site: draft, approval (stock reserved), dispatch, handover and return of equipment.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="465"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="466"/>
        <source>Perlu tindakan</source>
        <translation>Needs action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="471"/>
        <source>Cari nomor, tujuan, penerima atau kejadian...</source>
        <translation>Search number, destination, recipient or incident...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="476"/>
        <source>Pengiriman baru...</source>
        <translation>New dispatch...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="500"/>
        <source>Pengiriman masuk</source>
        <translation>Incoming dispatches</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatches.py" line="501"/>
        <source>Bantuan yang dikirim kantor ke posko ini: catat serah terima dengan jumlah yang diterima, selisih dan alasannya, lalu cetak BAST untuk ditandatangani di sini.</source>
        <translation>Relief sent by the office to this command post: record the handover with the quantities received, any differences and their reasons, then print the BAST to be signed here.</translation>
    </message>
</context>
<context>
    <name>DistributionDialog</name>
    <message>
        <location filename="../../ui/pages/distributions.py" line="117"/>
        <source>Catat distribusi</source>
        <translation>Record distribution</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="118"/>
        <source>Catat distribusi bantuan</source>
        <translation>Record relief distribution</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="119"/>
        <source>Barang keluar dari stok gudang dengan nomor distribusi. Isi NIK kepala keluarga bila ada; rumah tangga yang baru saja menerima paket yang sama ditanyakan dulu.</source>
        <translation>Goods leave the warehouse stock under a distribution number. Enter the NIK of the head of household if there is one; a household that has just received the same kit is asked about first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="130"/>
        <source>Ketik nama atau kode desa/kelurahan</source>
        <translation>Type a village name or code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="135"/>
        <source>nama kepala keluarga, desa atau lembaga</source>
        <translation>name of the head of household, village or institution</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="137"/>
        <source>16 angka (boleh kosong)</source>
        <translation>16 digits (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="139"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="140"/>
        <source> jiwa</source>
        <translation> people</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="143"/>
        <source>Tanpa paket</source>
        <translation>No kit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="146"/>
        <source>Barang</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="146"/>
        <source>Tambah barang</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="149"/>
        <source>wajib bila tanggalnya sebelum hari ini</source>
        <translation>required if the date is before today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="151"/>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="151"/>
        <source>Gudang asal</source>
        <translation>Source warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="152"/>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="152"/>
        <source>Jenis penerima</source>
        <translation>Recipient type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="153"/>
        <source>Nama penerima</source>
        <translation>Recipient name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="153"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="154"/>
        <source>Jumlah jiwa</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="154"/>
        <source>Paket</source>
        <translation>Kit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="155"/>
        <source>Barang lain</source>
        <translation>Other items</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="155"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="156"/>
        <source>Alasan tanggal mundur</source>
        <translation>Reason for the earlier date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="156"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="158"/>
        <source>Simpan distribusi</source>
        <translation>Save distribution</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="176"/>
        <source>Desa/kelurahan penerima wajib diisi.</source>
        <translation>The recipient&apos;s village is required.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="179"/>
        <source>Nama penerima wajib diisi.</source>
        <translation>The recipient&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="182"/>
        <source>Pilih paket atau tambahkan barang yang diberikan.</source>
        <translation>Choose a kit or add the items given.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="193"/>
        <source>Distribusi berulang</source>
        <translation>Repeated distribution</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="193"/>
        <source>Tetap catat?</source>
        <translation>Record it anyway?</translation>
    </message>
</context>
<context>
    <name>DistributionListModel</name>
    <message>
        <location filename="../../ui/pages/distributions.py" line="91"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="92"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="93"/>
        <source>Desa</source>
        <translation>Village (desa)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="94"/>
        <source>Penerima</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="95"/>
        <source>Jiwa</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="96"/>
        <source>Barang</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="97"/>
        <source>Posko</source>
        <translation>Command post</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="97"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>DistributionsPage</name>
    <message>
        <location filename="../../ui/pages/distributions.py" line="213"/>
        <location filename="../../ui/pages/distributions.py" line="269"/>
        <source>Semua kejadian</source>
        <translation>All incidents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="217"/>
        <location filename="../../ui/pages/distributions.py" line="284"/>
        <source>Semua desa</source>
        <translation>All villages</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="221"/>
        <source>Catat distribusi...</source>
        <translation>Record distribution...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="226"/>
        <source>Batalkan distribusi...</source>
        <translation>Cancel distribution...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="228"/>
        <source>Cetak daftar penerima...</source>
        <translation>Print recipient list...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="248"/>
        <source>Distribusi bantuan</source>
        <translation>Relief distribution</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="249"/>
        <source>Penyaluran ke desa dan rumah tangga, dari gudang kantor dan dari posko: siapa menerima apa, kapan, dan daftar penerima untuk ditandatangani.</source>
        <translation>Distribution to villages and households, from the office warehouse and from command posts: who received what, when, and recipient lists to be signed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="302"/>
        <source>{n} distribusi aktif · {kk} kepala keluarga · {people} jiwa</source>
        <translation>{n} active distributions · {kk} households · {people} people</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="320"/>
        <source>Distribusi posko dibatalkan di posko yang mencatatnya.</source>
        <translation>A command post distribution is cancelled at the command post that recorded it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="323"/>
        <source>Pilih kejadian (atau satu distribusinya) dulu.</source>
        <translation>Choose an incident (or one of its distributions) first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="346"/>
        <location filename="../../ui/pages/distributions.py" line="349"/>
        <source>Batalkan distribusi</source>
        <translation>Cancel distribution</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="346"/>
        <source>Batalkan {number}</source>
        <translation>Cancel {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="347"/>
        <source>Barangnya dicatat kembali ke stok gudang {warehouse} dengan nomor koreksi.</source>
        <translation>The goods are booked back into the stock of warehouse {warehouse} under a correction number.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="374"/>
        <source>Mencetak daftar penerima...</source>
        <translation>Printing the recipient list...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/distributions.py" line="377"/>
        <source>Daftar penerima disimpan: {path}</source>
        <translation>Recipient list saved: {path}</translation>
    </message>
</context>
<context>
    <name>DocumentListModel</name>
    <message>
        <location filename="../../ui/pages/dispatch_model.py" line="73"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_model.py" line="74"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_model.py" line="75"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_model.py" line="76"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_model.py" line="77"/>
        <source>Cetak</source>
        <translation>Prints</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_model.py" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_model.py" line="78"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_model.py" line="79"/>
        <source>Terbit</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_model.py" line="79"/>
        <source>Diganti</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_model.py" line="88"/>
        <source>Diganti dengan dokumen nomor {number}</source>
        <translation>Replaced by document number {number}</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <location filename="../../ui/pages/documents.py" line="159"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents.py" line="160"/>
        <source>Setiap nomor dokumen yang pernah diterbitkan, termasuk yang dibatalkan. Cetak ulang selalu bertanda SALINAN; keaslian dapat diperiksa dari kode QR.</source>
        <translation>Every document number ever issued, including cancelled ones. Reprints are always marked COPY; authenticity can be checked from the QR code.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents.py" line="127"/>
        <source>Semua jenis</source>
        <translation>All types</translation>
    </message>
    <message>
        <source>Cari nomor, kejadian, tujuan atau penerima...</source>
        <translation type="vanished">Search number, incident, destination or recipient...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents.py" line="132"/>
        <source>Cari nomor, gudang, kejadian, tujuan, penerima atau barang...</source>
        <translation>Search number, warehouse, incident, destination, recipient or goods...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents.py" line="137"/>
        <source>Cetak ulang</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents.py" line="139"/>
        <source>Buka berkas</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents.py" line="141"/>
        <source>Periksa keaslian...</source>
        <translation>Verify authenticity...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents.py" line="167"/>
        <source>Ketik kode verifikasi yang tercetak di samping kode QR</source>
        <translation>Type the verification code printed beside the QR code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents.py" line="195"/>
        <source>{n} dokumen</source>
        <translation>{n} documents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents.py" line="213"/>
        <source>Catatan sudah berubah</source>
        <translation>The record has changed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents.py" line="213"/>
        <source>Buat dokumen baru</source>
        <translation>Make a new document</translation>
    </message>
</context>
<context>
    <name>EmergencyCheck</name>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="440"/>
        <source>Perlu status darurat untuk mengeluarkan</source>
        <translation>Needs a declared emergency to release</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="441"/>
        <source>Barang hanya keluar untuk kejadian yang berstatus siaga darurat, tanggap darurat atau transisi dengan SK, atau dengan izin pejabat.</source>
        <translation>Goods leave only for an incident in emergency alert, emergency response or transition under a decree, or with an official&apos;s permission.</translation>
    </message>
</context>
<context>
    <name>EmergencyStatusDialog</name>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="81"/>
        <source>Status darurat {number}</source>
        <translation>Emergency status {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="88"/>
        <source>Tetapkan status...</source>
        <translation>Set status...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="91"/>
        <source>Perpanjang...</source>
        <translation>Extend...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="103"/>
        <source>Status keadaan darurat</source>
        <translation>Emergency status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="104"/>
        <source>{number} · {name}. Barang dari gudang yang memerlukan status darurat (lumbung sosial) hanya keluar pada hari yang dicakup SK siaga darurat, tanggap darurat atau transisi darurat.</source>
        <translation>{number} · {name}. Goods from a warehouse that needs a declared emergency (lumbung sosial) leave only on days covered by a decree of emergency alert, emergency response or transition.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="123"/>
        <source>Berlaku hari ini: {status}, SK {decree} ({issuer}), sampai {end}.</source>
        <translation>In force today: {status}, decree {decree} ({issuer}), until {end}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="125"/>
        <source>tanpa batas</source>
        <translation>no end</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="128"/>
        <source>Hari ini tidak ada status darurat dengan SK yang berlaku.</source>
        <translation>No emergency status under a decree is in force today.</translation>
    </message>
</context>
<context>
    <name>EquipmentOutModel</name>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="393"/>
        <source>Peralatan</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="394"/>
        <source>Di lokasi</source>
        <translation>On site</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="395"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="396"/>
        <source>Nomor seri</source>
        <translation>Serial numbers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="397"/>
        <source>Pengiriman</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="398"/>
        <source>Sejak</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="399"/>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="399"/>
        <source>Terlambat kembali</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="399"/>
        <source>Dipinjam</source>
        <translation>On loan</translation>
    </message>
</context>
<context>
    <name>EsignPanel</name>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="35"/>
        <source>Sertifikat yang terpasang</source>
        <translation>Installed certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="36"/>
        <source>Memuat...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="40"/>
        <location filename="../../ui/pages/esign_panel.py" line="161"/>
        <source>Hapus sertifikat</source>
        <translation>Remove certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="51"/>
        <source>Pasang sertifikat (PKCS#12)</source>
        <translation>Install a certificate (PKCS#12)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="53"/>
        <source>berkas .p12 atau .pfx dari penerbit sertifikat (mis. BSrE)</source>
        <translation>.p12 or .pfx file from the certificate issuer (e.g. BSrE)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="54"/>
        <source>Pilih berkas...</source>
        <translation>Choose file...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="61"/>
        <source>Pasang sertifikat</source>
        <translation>Install certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="65"/>
        <source>Berkas sertifikat</source>
        <translation>Certificate file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="66"/>
        <source>Kata sandi sertifikat</source>
        <translation>Certificate password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="74"/>
        <source>Bila kantor memasang sertifikat elektronik tersertifikasi (PP 71/2019, mis. dari BSrE), setiap dokumen asli (cetakan pertama) juga ditandatangani secara elektronik di dalam berkas PDF-nya, dan dapat diperiksa dengan pembaca PDF. Salinan tidak ditandatangani. Kode QR tetap menjadi pemeriksaan keaslian tanpa internet. Kata sandi sertifikat tidak disimpan; kuncinya disimpan terenkripsi di basis data, sehingga siapa pun yang dapat membaca seluruh basis data dapat memakainya: lindungi basis data dan cadangannya.</source>
        <translation>When the office installs a certified electronic certificate (PP 71/2019, e.g. from BSrE), every original (first print) is also signed electronically inside its PDF file, which a PDF reader can check. Copies are not signed. The QR code remains the offline authenticity check. The certificate password is not kept; the key is kept encrypted in the database, so anyone who can read the whole database can use it: protect the database and its backups.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="80"/>
        <source>Hanya administrator yang dapat memasang atau menghapus sertifikat.</source>
        <translation>Only an administrator can install or remove the certificate.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="103"/>
        <source>Tidak ada sertifikat: dokumen asli dicetak tanpa tanda tangan elektronik.</source>
        <translation>No certificate: originals are printed without an electronic signature.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="107"/>
        <source>Penanda tangan:</source>
        <translation>Signer:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="108"/>
        <source>Subjek:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="109"/>
        <source>Penerbit:</source>
        <translation>Issuer:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="110"/>
        <source>Berlaku:</source>
        <translation>Valid:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="110"/>
        <source>{start} s.d. {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="112"/>
        <source>Nomor seri:</source>
        <translation>Serial number:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="115"/>
        <source>Dipasang oleh:</source>
        <translation>Installed by:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="118"/>
        <source>TIDAK BERLAKU saat ini: dokumen asli tidak dapat dicetak sampai sertifikat diganti atau dihapus.</source>
        <translation>NOT VALID now: originals cannot be printed until the certificate is replaced or removed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="130"/>
        <source>Pilih sertifikat</source>
        <translation>Choose certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="131"/>
        <source>Sertifikat PKCS#12 (*.p12 *.pfx);;Semua berkas (*)</source>
        <translation>PKCS#12 certificates (*.p12 *.pfx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="138"/>
        <location filename="../../ui/pages/esign_panel.py" line="149"/>
        <source>Sertifikat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="138"/>
        <source>Pilih berkas sertifikat lebih dahulu.</source>
        <translation>Choose the certificate file first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="150"/>
        <source>Sertifikat {name} dipasang; setiap dokumen asli kini ditandatangani secara elektronik.</source>
        <translation>Certificate {name} installed; every original is now signed electronically.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/esign_panel.py" line="162"/>
        <source>Hapus sertifikat tanda tangan elektronik kantor? Dokumen asli berikutnya dicetak tanpa tanda tangan elektronik.</source>
        <translation>Remove the office&apos;s electronic signature certificate? The next originals are printed without an electronic signature.</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../ui/pages/exchange.py" line="60"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="60"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="60"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="60"/>
        <source>Sidik jari</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="61"/>
        <source>Terakhir diterima</source>
        <translation>Last received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="61"/>
        <source>Terakhir dibuat</source>
        <translation>Last made</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="61"/>
        <source>Diakui s.d.</source>
        <translation>Acknowledged up to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="61"/>
        <source>Ditahan</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="62"/>
        <location filename="../../ui/pages/exchange.py" line="89"/>
        <location filename="../../ui/pages/exchange.py" line="94"/>
        <source>Masalah</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="66"/>
        <source>Buat berkas untuk...</source>
        <translation>Make file for...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="69"/>
        <source>Ambil berkas...</source>
        <translation>Take in file...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="76"/>
        <source>Buat berkas perkenalan...</source>
        <translation>Make introduction file...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="77"/>
        <source>Untuk berpasangan dengan provinsi (atau, di provinsi, dengan kabupaten/kota): berkas berisi kode dan kunci publik situs ini.</source>
        <translation>To pair with the province (or, at a province, with a district/city): the file holds this site&apos;s code and public key.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="88"/>
        <source>Situs</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="88"/>
        <source>Di mana</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="88"/>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="96"/>
        <source>Tidak ada masalah: semua data dari berkas yang diterima sudah diterapkan.</source>
        <translation>No problems: all records from the files received have been applied.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="104"/>
        <source>Pertukaran</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="105"/>
        <source>Berkas bertanda tangan yang dibawa dengan flashdisk, surel atau WhatsApp: buat berkas untuk situs yang dipilih, atau ambil berkas yang datang. Setiap berkas hanya diterapkan sekali dan sesuai urutannya.</source>
        <translation>Signed files carried by flash drive, email or WhatsApp: make a file for the selected site, or take in a file that has arrived. Each file is applied only once and in its order.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="127"/>
        <source>di sini</source>
        <translation>here</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="127"/>
        <source>di sana</source>
        <translation>there</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="141"/>
        <source>no. {seq} · {when}</source>
        <translation>no. {seq} · {when}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="142"/>
        <source>no. {seq}</source>
        <translation>no. {seq}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="165"/>
        <source>Simpan berkas pertukaran</source>
        <translation>Save exchange file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="167"/>
        <location filename="../../ui/pages/exchange.py" line="174"/>
        <location filename="../../ui/pages/exchange.py" line="178"/>
        <source>Berkas pertukaran</source>
        <translation>Exchange file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="168"/>
        <source>Berkas no. {seq} tidak disimpan. Buat berkas lagi kapan saja: isinya dibuat ulang dari data yang belum diakui.</source>
        <translation>File no. {seq} was not saved. Make a file again at any time: its contents are rebuilt from the records not yet acknowledged.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="175"/>
        <location filename="../../ui/pages/exchange.py" line="217"/>
        <source>Berkas tidak dapat ditulis ke {path}: {reason}</source>
        <translation>The file cannot be written to {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="179"/>
        <source>Berkas no. {seq} ({records} data, {size} KB) disimpan di {path}. Kirim berkas ini dengan flashdisk, surel atau WhatsApp.</source>
        <translation>File no. {seq} ({records} records, {size} KB) saved to {path}. Send this file by flash drive, email or WhatsApp.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="184"/>
        <source>Ambil berkas pertukaran</source>
        <translation>Take in exchange file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="190"/>
        <source>Ambil berkas</source>
        <translation>Take in file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="190"/>
        <source>Berkas {path} tidak dapat dibaca: {reason}</source>
        <translation>The file {path} cannot be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="196"/>
        <source>Sidik kunci</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="197"/>
        <source>Berkas ini memasangkan situs {code} dengan situs ini.
Ketik sidik kunci yang dibacakan petugas {code} lewat telepon:</source>
        <translation>This file pairs site {code} with this site.
Type the key fingerprint the officer of {code} read out over the phone:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="210"/>
        <source>Simpan berkas perkenalan</source>
        <translation>Save introduction file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="216"/>
        <location filename="../../ui/pages/exchange.py" line="220"/>
        <source>Berkas perkenalan</source>
        <translation>Introduction file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="221"/>
        <source>Berkas perkenalan {code} disimpan di {path}. Kirim ke situs pasangannya, lalu bacakan sidik kunci ini lewat telepon:

{fingerprint}</source>
        <translation>Introduction file of {code} saved to {path}. Send it to the other site, then read out this key fingerprint over the phone:

{fingerprint}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="228"/>
        <source>Berkas no. {seq} dari {code}: {applied} data diterapkan, {pending} menunggu, {refused} ditolak.</source>
        <translation>File no. {seq} from {code}: {applied} records applied, {pending} waiting, {refused} refused.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/exchange.py" line="232"/>
        <source>Berkas dari {code}</source>
        <translation>File from {code}</translation>
    </message>
</context>
<context>
    <name>ExtendStatusDialog</name>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="227"/>
        <source>Perpanjang status darurat</source>
        <translation>Extend the emergency status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="228"/>
        <source>Kejadian {number}: {status} sampai {end}.</source>
        <translation>Incident {number}: {status} until {end}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="232"/>
        <source>nomor SK perpanjangan</source>
        <translation>number of the extension decree</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="233"/>
        <source>Sampai tanggal</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="234"/>
        <source>Nomor SK</source>
        <translation>Decree number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="235"/>
        <source>Tanggal SK</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="236"/>
        <source>Perpanjang</source>
        <translation>Extend</translation>
    </message>
</context>
<context>
    <name>FigureButton</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="80"/>
        <source>Klik untuk membuka daftarnya</source>
        <translation>Click to open the list</translation>
    </message>
</context>
<context>
    <name>FiguresDialog</name>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="334"/>
        <source>Perbarui data dampak</source>
        <translation>Update impact figures</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="335"/>
        <source>Data dampak {number}</source>
        <translation>Impact figures {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="336"/>
        <source>{name}. Angka sebelumnya tetap tersimpan dalam riwayat.</source>
        <translation>{name}. Earlier figures stay in the history.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="343"/>
        <source>mis. laporan posko pukul 16.00</source>
        <translation>e.g. command post report at 16.00</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="344"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="345"/>
        <source>Simpan data dampak</source>
        <translation>Save impact figures</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="357"/>
        <source>Kenaikan besar</source>
        <translation>Large increase</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="358"/>
        <source>Angka ini naik jauh sejak laporan sebelumnya:
{jumps}

Sudah benar dan tetap disimpan?</source>
        <translation>These figures rose sharply since the previous report:
{jumps}

Are they correct, and should they be saved?</translation>
    </message>
</context>
<context>
    <name>FiguresHistoryModel</name>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="129"/>
        <source>Waktu laporan</source>
        <translation>Reported at</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="130"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="132"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FileImport</name>
    <message>
        <location filename="../../ui/file_import.py" line="22"/>
        <source>Belum ada berkas dipilih</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="23"/>
        <source>Pilih berkas...</source>
        <translation>Choose file...</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="163"/>
        <source>Mulai — Tagana Logistik</source>
        <translation>Getting started — Tagana Logistik</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="164"/>
        <source>Penyiapan pertama</source>
        <translation>First setup</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="164"/>
        <source>Tagana Logistik</source>
        <translation>Tagana Logistik</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="166"/>
        <source>Selamat datang</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="167"/>
        <source>Basis data ini masih kosong. Buat akun administrator pertama; akun ini dapat menambah pengguna lain dan mengisi profil kantor.</source>
        <translation>This database is still empty. Create the first administrator account; it can add other users and fill in the office profile.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="171"/>
        <source>mis. Nama lengkap petugas</source>
        <translation>e.g. the officer&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="211"/>
        <source>minimal {n} karakter</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="176"/>
        <source>Isi dengan data contoh untuk mencoba program</source>
        <translation>Fill with demo data to try the program</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="177"/>
        <source>Kantor, gudang, barang dan relawan fiktif. Jendela akan bertanda DATA CONTOH.</source>
        <translation>A fictitious office, warehouses, goods and volunteers. The window will be marked DEMO DATA.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="179"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="180"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="181"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="182"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="185"/>
        <source>Buat admin</source>
        <translation>Create admin</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="191"/>
        <source>Laptop untuk posko lapangan? Siapkan dari berkas penyiapan yang dibuat kantor.</source>
        <translation>A laptop for a field command post? Set it up from the setup file made by the office.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="194"/>
        <source>Siapkan laptop posko dari berkas kantor...</source>
        <translation>Set up a command post laptop from an office file...</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="216"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="237"/>
        <source>Menyiapkan basis data dan data contoh...</source>
        <translation>Preparing the database and demo data...</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../ui/form_dialog.py" line="152"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
</context>
<context>
    <name>HandedOverModel</name>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="369"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="370"/>
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="371"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="372"/>
        <source>Kembali</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="373"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="374"/>
        <source>Pengiriman</source>
        <translation>Dispatches</translation>
    </message>
</context>
<context>
    <name>HandoverDialog</name>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="166"/>
        <source>Serah terima</source>
        <translation>Handover</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="167"/>
        <source>Serah terima {number}</source>
        <translation>Handover {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="168"/>
        <source>Isi jumlah yang diterima menurut hitungan penerima. Selisih wajib diberi alasan.</source>
        <translation>Enter the quantities received as counted by the recipient. Any difference needs a reason.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="176"/>
        <source>mis. 2 dus basah di perjalanan</source>
        <translation>e.g. 2 boxes got wet on the way</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="179"/>
        <source>Alasan selisih</source>
        <translation>Reason for the difference</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="180"/>
        <source>Tempat serah terima</source>
        <translation>Place of handover</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="181"/>
        <source>Catat serah terima</source>
        <translation>Record handover</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../ui/main_window.py" line="64"/>
        <source>DATA CONTOH</source>
        <translation>DEMO DATA</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="66"/>
        <source>Basis data ini berisi data contoh; jangan dipakai untuk data sebenarnya.</source>
        <translation>This database holds demo data; do not use it for real records.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>Tagana Logistik</source>
        <translation>Tagana Logistik</translation>
    </message>
</context>
<context>
    <name>IncidentDetail</name>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="91"/>
        <location filename="../../ui/pages/incident_detail.py" line="307"/>
        <source>Pilih kejadian di daftar untuk melihat rinciannya.</source>
        <translation>Select an incident in the list to see its details.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="95"/>
        <source>Dampak</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="96"/>
        <source>Kebutuhan</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="97"/>
        <source>Relawan</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="98"/>
        <source>Usulan relawan</source>
        <translation>Suggested volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="99"/>
        <source>Pengiriman</source>
        <translation>Dispatches</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="100"/>
        <source>Status darurat...</source>
        <translation>Emergency status...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="104"/>
        <source>Ringkasan WhatsApp...</source>
        <translation>WhatsApp summary...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="137"/>
        <source>Riwayat laporan dampak (terbaru di atas)</source>
        <translation>Impact report history (newest first)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="146"/>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="150"/>
        <source>Perkiraan kebutuhan untuk</source>
        <translation>Estimate needs for</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="157"/>
        <source>Buat permintaan ke provinsi...</source>
        <translation>Request from the province...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="159"/>
        <source>Buat pengiriman...</source>
        <translation>Create dispatch...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="181"/>
        <source>Tampilkan juga penugasan yang sudah selesai</source>
        <translation>Also show finished assignments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="186"/>
        <source>Tugaskan relawan...</source>
        <translation>Assign volunteer...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="187"/>
        <source>Check-in...</source>
        <translation>Check in...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="188"/>
        <source>Check-out...</source>
        <translation>Check out...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="189"/>
        <source>Perpanjang...</source>
        <translation>Extend...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="190"/>
        <source>Akhiri...</source>
        <translation>End...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="191"/>
        <source>Batalkan penugasan...</source>
        <translation>Void assignment...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="192"/>
        <source>Setujui pengecualian...</source>
        <translation>Approve exception...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="218"/>
        <source>Cari usulan</source>
        <translation>Find suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="220"/>
        <source>Tugaskan yang dipilih...</source>
        <translation>Assign selected...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="226"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="228"/>
        <source>dari</source>
        <translation>from</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="230"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="243"/>
        <source>Relawan yang bebas pada seluruh periode dan diizinkan aturan (umur, istirahat), diurutkan menurut keahlian, kedekatan dengan lokasi kejadian (desa, kecamatan, kabupaten), jenjang, hari tugas paling sedikit dalam 90 hari terakhir, lalu istirahat terpanjang. Centang beberapa untuk menugaskan sekaligus.</source>
        <translation>Volunteers free for the whole period whom the rules allow (age, rest), ranked by skill, nearness to the incident (village, subdistrict, district), level, fewest days on duty in the last 90 days, then the longest rest. Check several to assign them at once.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="419"/>
        <source>Tugaskan yang dicentang ({n})</source>
        <translation>Assign the checked ({n})</translation>
    </message>
    <message>
        <source>Relawan yang bebas pada seluruh periode, diurutkan menurut keahlian, kedekatan dengan lokasi kejadian, lalu hari tugas paling sedikit dalam 90 hari terakhir.</source>
        <translation type="vanished">Volunteers free for the whole period, sorted by skills, nearness to the incident site, then fewest duty days in the last 90 days.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="271"/>
        <source>Pengiriman ke kejadian ini</source>
        <translation>Dispatches to this incident</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="272"/>
        <source>Sudah diserahterimakan</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="273"/>
        <source>Peralatan yang masih di lokasi</source>
        <translation>Equipment still on site</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="315"/>
        <source>{number} · {name} · {status}</source>
        <translation>{number} · {name} · {status}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="327"/>
        <source>{n} baris peralatan terlambat kembali: kejadian sudah selesai.</source>
        <translation>{n} equipment lines overdue for return: the incident is closed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="332"/>
        <source>{kind}, mulai {start}</source>
        <translation>{kind}, since {start}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="333"/>
        <source>Wilayah: {names}</source>
        <translation>Areas: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="335"/>
        <source>SK {sk} ({start} s.d. {end})</source>
        <translation>Decree (SK) {sk} ({start} to {end})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="339"/>
        <source>Posko: {place}</source>
        <translation>Command post: {place}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="340"/>
        <source>{n} relawan bertugas hari ini</source>
        <translation>{n} volunteers on duty today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="347"/>
        <source>bagi {people} pengungsi dalam {kk} KK (data dampak terakhir)</source>
        <translation>for {people} displaced people in {kk} households (latest impact figures)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="351"/>
        <source>Kurang:</source>
        <translation>Short:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="351"/>
        <source>Stok gudang mencukupi perkiraan kebutuhan.</source>
        <translation>The warehouses&apos; stock covers the estimated needs.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_detail.py" line="388"/>
        <source>{on} bertugas hari ini, {planned} direncanakan.</source>
        <translation>{on} on duty today, {planned} planned.</translation>
    </message>
</context>
<context>
    <name>IncidentDispatchModel</name>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="341"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="342"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="343"/>
        <source>Gudang</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="344"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="345"/>
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="346"/>
        <source>BAST</source>
        <translation>BAST</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="72"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="73"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="74"/>
        <source>Nama kejadian</source>
        <translation>Incident name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="75"/>
        <source>Wilayah terdampak</source>
        <translation>Affected areas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="76"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="77"/>
        <source>Status darurat</source>
        <translation>Emergency status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="78"/>
        <source>Pengungsi</source>
        <translation>Displaced</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <location filename="../../ui/pages/incidents.py" line="87"/>
        <source>Kejadian Bencana</source>
        <translation>Disaster Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="88"/>
        <source>Kejadian yang sedang ditangani di atas. Pilih satu kejadian untuk melihat data dampak, kebutuhan, relawan yang bertugas dan pengiriman bantuan.</source>
        <translation>Incidents being handled are at the top. Select an incident to see its impact figures, needs, volunteers on duty and relief dispatches.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="44"/>
        <source>Cari nomor, nama, jenis bencana atau wilayah...</source>
        <translation>Search number, name, disaster type or area...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="51"/>
        <source>Kejadian baru...</source>
        <translation>New incident...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="55"/>
        <source>Perbarui data dampak...</source>
        <translation>Update impact figures...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="57"/>
        <source>Ubah status...</source>
        <translation>Change status...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="59"/>
        <source>Tutup kejadian...</source>
        <translation>Close incident...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="119"/>
        <source>{active} aktif dari {total} kejadian</source>
        <translation>{active} active of {total} incidents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="175"/>
        <source>Tutup kejadian</source>
        <translation>Close incident</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incidents.py" line="176"/>
        <source>{number} · {name}: status menjadi selesai.</source>
        <translation>{number} · {name}: the status becomes closed.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Pengeluaran barang</source>
        <translation type="vanished">Goods issue</translation>
    </message>
    <message>
        <source>Barang habis pakai diambil dari batch yang paling awal kedaluwarsa; peralatan keluar sebagai pinjaman.</source>
        <translation type="vanished">Consumables are taken from the batch that expires first; equipment goes out on loan.</translation>
    </message>
    <message>
        <source>mis. Posko Banjir Desa ..., Kepala Desa</source>
        <translation type="vanished">e.g. Flood command post, village ..., village head</translation>
    </message>
    <message>
        <source>kosongkan untuk nomor otomatis</source>
        <translation type="vanished">leave empty for an automatic number</translation>
    </message>
    <message>
        <source>Gudang</source>
        <translation type="vanished">Warehouse</translation>
    </message>
    <message>
        <source>Barang</source>
        <translation type="vanished">Item</translation>
    </message>
    <message>
        <source>Tersedia</source>
        <translation type="vanished">Available</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation type="vanished">Quantity</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation type="vanished">Unit</translation>
    </message>
    <message>
        <source>Penerima</source>
        <translation type="vanished">Recipient</translation>
    </message>
    <message>
        <source>Nomor dokumen</source>
        <translation type="vanished">Document number</translation>
    </message>
    <message>
        <source>Keterangan</source>
        <translation type="vanished">Remarks</translation>
    </message>
    <message>
        <source>Keluarkan</source>
        <translation type="vanished">Issue</translation>
    </message>
    <message>
        <source>memeriksa...</source>
        <translation type="vanished">checking...</translation>
    </message>
    <message>
        <source>Pilih barang dari katalog.</source>
        <translation type="vanished">Choose an item from the catalogue.</translation>
    </message>
    <message>
        <source>Jumlah harus lebih dari nol.</source>
        <translation type="vanished">The quantity must be more than zero.</translation>
    </message>
    <message>
        <source>Isikan penerima barang.</source>
        <translation type="vanished">Enter who receives the goods.</translation>
    </message>
</context>
<context>
    <name>IssueDocumentDialog</name>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="370"/>
        <source>Pengeluaran barang</source>
        <translation>Issue of goods</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="371"/>
        <source>Barang habis pakai diambil dari batch yang paling awal kedaluwarsa kecuali batch disebutkan; peralatan keluar sebagai pinjaman.</source>
        <translation>Consumables are taken from the batch that expires first unless a batch is named; equipment goes out on loan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="373"/>
        <source>Pengeluaran</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="373"/>
        <source>Cetak SBBK</source>
        <translation>Print SBBK</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="374"/>
        <source>mis. Posko Banjir Desa ..., Kepala Desa</source>
        <translation>e.g. Flood post of village ..., village head</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="375"/>
        <source>nomor surat permintaan</source>
        <translation>number of the request letter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="376"/>
        <source>hh-bb-tttt</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="377"/>
        <source>Izinkan barang kedaluwarsa (pejabat)</source>
        <translation>Allow expired goods (official)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="378"/>
        <source>alasan tertulis pejabat</source>
        <translation>the official&apos;s written reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="387"/>
        <source>Gudang</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="387"/>
        <source>Penerima</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="388"/>
        <source>Nomor dokumen permintaan</source>
        <translation>Request document number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="389"/>
        <source>Tanggal dokumen permintaan</source>
        <translation>Request document date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="390"/>
        <source>Tanggal dokumen</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="392"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="393"/>
        <source>Catat pengeluaran</source>
        <translation>Book the issue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="403"/>
        <source>Isikan penerima barang.</source>
        <translation>Enter the recipient of the goods.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="405"/>
        <source>Tanggal dokumen permintaan &apos;{value}&apos; tidak dikenali; tulis hh-bb-tttt.</source>
        <translation>Request document date &apos;{value}&apos; not recognised; write dd-mm-yyyy.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="408"/>
        <source>Isikan alasan pengeluaran barang kedaluwarsa.</source>
        <translation>Enter the reason for issuing expired goods.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="412"/>
        <source>Gudang: {warehouse} · Tanggal: {day}</source>
        <translation>Warehouse: {warehouse} · Date: {day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="414"/>
        <source>Kepada: {recipient}</source>
        <translation>To: {recipient}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="416"/>
        <source>Dokumen permintaan: {number}</source>
        <translation>Request document: {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="418"/>
        <source>Barang kedaluwarsa diizinkan: {reason}</source>
        <translation>Expired goods allowed: {reason}</translation>
    </message>
</context>
<context>
    <name>ItemChooser</name>
    <message>
        <location filename="../../ui/scan.py" line="58"/>
        <source>ketik nama atau kode, atau pindai barcode</source>
        <translation>type a name or code, or scan a barcode</translation>
    </message>
    <message>
        <location filename="../../ui/scan.py" line="152"/>
        <source>Tidak ada barang dengan kode atau barcode ini.</source>
        <translation>No item has this code or barcode.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="152"/>
        <source>Ubah barang</source>
        <translation>Edit item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="152"/>
        <source>Tambah barang</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="155"/>
        <source>Satuan, jenis, kedaluwarsa dan nomor seri tidak dapat diubah lagi setelah barang mempunyai mutasi stok.</source>
        <translation>Unit, kind, expiry and serial numbers can no longer be changed once the item has stock movements.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="156"/>
        <source>Barang baru untuk katalog; kode tidak dapat diubah kemudian.</source>
        <translation>A new item for the catalogue; the code cannot be changed later.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="178"/>
        <source>dicatat per batch dengan tanggal kedaluwarsa</source>
        <translation>kept per batch with an expiry date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="180"/>
        <source>setiap unit bernomor seri (peralatan)</source>
        <translation>every unit has a serial number (equipment)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="185"/>
        <source>Barang ini sudah mempunyai mutasi stok.</source>
        <translation>This item already has stock movements.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="187"/>
        <source>(tidak dihitung untuk kebutuhan tertentu)</source>
        <translation>(not counted for a particular need)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="194"/>
        <source>kosong = satuan itu sendiri</source>
        <translation>empty = the unit itself</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="196"/>
        <source>Isi satu satuan barang dalam satuan kebutuhannya, mis. karung beras 5 kg: 5; botol air 600 ml: 0,6; tenda 4 × 4 m: 16.</source>
        <translation>What one unit of the item holds, in its need&apos;s unit, e.g. a 5 kg sack of rice: 5; a 600 ml bottle of water: 0.6; a 4 × 4 m tent: 16.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="209"/>
        <source>ketik atau pindai, lalu Enter</source>
        <translation>type or scan, then Enter</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="211"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="217"/>
        <source>Hapus barcode</source>
        <translation>Remove barcode</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="232"/>
        <source>mis. karton</source>
        <translation>e.g. karton</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="234"/>
        <source>isi</source>
        <translation>content</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="235"/>
        <source>Berapa satuan barang dalam satu kemasan</source>
        <translation>How many units of the item one pack holds</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="237"/>
        <source>Tambah kemasan</source>
        <translation>Add pack</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="240"/>
        <location filename="../../ui/pages/master_dialogs.py" line="292"/>
        <source>Kemasan</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="240"/>
        <source>Isi</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="244"/>
        <source>Hapus kemasan</source>
        <translation>Remove pack</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="258"/>
        <source>Gudang</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="258"/>
        <source>Stok</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="258"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="282"/>
        <source>Kode barang</source>
        <translation>Item code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="283"/>
        <source>Nama barang</source>
        <translation>Item name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="284"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="285"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="286"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="289"/>
        <source>Kategori kebutuhan</source>
        <translation>Need category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="290"/>
        <source>Isi per satuan</source>
        <translation>Content per unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="291"/>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="293"/>
        <source>Stok minimum</source>
        <translation>Minimum stock</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="294"/>
        <source>Simpan barang</source>
        <translation>Save item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="303"/>
        <source>{unit} per {item_unit}</source>
        <translation>{unit} per {item_unit}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="316"/>
        <source>Barcode {code} sudah ada di daftar.</source>
        <translation>Barcode {code} is already in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="336"/>
        <source>Tulis nama kemasan, mis. karton.</source>
        <translation>Write the name of the pack, e.g. karton.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="339"/>
        <source>Kemasan {pack} harus berisi lebih dari 1 {unit}.</source>
        <translation>Pack {pack} must hold more than 1 {unit}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="345"/>
        <source>Kemasan {pack} sudah ada di daftar.</source>
        <translation>Pack {pack} is already in the list.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="363"/>
        <source>Kode barang wajib diisi.</source>
        <translation>The item code is required.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="366"/>
        <source>Nama barang wajib diisi.</source>
        <translation>The item name is required.</translation>
    </message>
</context>
<context>
    <name>KitDialog</name>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="473"/>
        <source>Ubah paket bantuan</source>
        <translation>Edit aid kit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="473"/>
        <source>Tambah paket bantuan</source>
        <translation>Add aid kit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="476"/>
        <source>Setiap baris: jumlah barang untuk setiap &apos;per&apos; KK atau jiwa (dibulatkan ke atas), mis. beras 4 kg per 10 jiwa.</source>
        <translation>Each line: the quantity of the item for every &apos;per&apos; households or people (rounded up), e.g. rice 4 kg per 10 people.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="489"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="489"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="489"/>
        <source>Per (KK/jiwa)</source>
        <translation>Per (households/people)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="496"/>
        <source>Tambah baris</source>
        <translation>Add line</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="499"/>
        <source>Hapus baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="510"/>
        <source>Kode paket</source>
        <translation>Kit code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="511"/>
        <source>Nama paket</source>
        <translation>Kit name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="512"/>
        <source>Dasar</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="513"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="514"/>
        <source>Isi paket</source>
        <translation>Kit contents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="515"/>
        <source>Simpan paket</source>
        <translation>Save kit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="530"/>
        <source>{name} ({code}), nonaktif</source>
        <translation>{name} ({code}), inactive</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="545"/>
        <source>Baris {row}: pilih barang dari katalog.</source>
        <translation>Line {row}: choose an item from the catalogue.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="554"/>
        <source>Kode paket wajib diisi.</source>
        <translation>The kit code is required.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="557"/>
        <source>Nama paket wajib diisi.</source>
        <translation>The kit name is required.</translation>
    </message>
</context>
<context>
    <name>LabelDialog</name>
    <message>
        <location filename="../../ui/pages/label_dialog.py" line="21"/>
        <location filename="../../ui/pages/label_dialog.py" line="22"/>
        <source>Cetak label</source>
        <translation>Print labels</translation>
    </message>
    <message>
        <location filename="../../ui/pages/label_dialog.py" line="23"/>
        <source>Label berkode QR untuk ditempel pada unit peralatan atau pada barang dan raknya. Pemindai yang membaca label membuka barang atau riwayat unitnya.</source>
        <translation>QR-coded labels to stick on equipment units or on items and their shelves. A scanner reading a label opens the item or the unit&apos;s history.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/label_dialog.py" line="26"/>
        <source>Unit peralatan bernomor seri</source>
        <translation>Serial-numbered equipment units</translation>
    </message>
    <message>
        <location filename="../../ui/pages/label_dialog.py" line="27"/>
        <source>Barang atau rak</source>
        <translation>Items or shelves</translation>
    </message>
    <message>
        <location filename="../../ui/pages/label_dialog.py" line="29"/>
        <source>Semua gudang</source>
        <translation>All warehouses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/label_dialog.py" line="35"/>
        <source>kosongkan untuk semua barang</source>
        <translation>leave empty for all items</translation>
    </message>
    <message>
        <location filename="../../ui/pages/label_dialog.py" line="41"/>
        <source>Untuk lembar yang sudah terpakai sebagian: 1 = kiri atas, lalu ke kanan dan ke bawah</source>
        <translation>For a partly used sheet: 1 = top left, then right and down</translation>
    </message>
    <message>
        <location filename="../../ui/pages/label_dialog.py" line="44"/>
        <source>Label untuk</source>
        <translation>Labels for</translation>
    </message>
    <message>
        <location filename="../../ui/pages/label_dialog.py" line="45"/>
        <source>Gudang</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/label_dialog.py" line="46"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/label_dialog.py" line="47"/>
        <source>Lembar label</source>
        <translation>Label sheet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/label_dialog.py" line="48"/>
        <source>Mulai dari label ke-</source>
        <translation>Start at label no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/label_dialog.py" line="49"/>
        <source>Simpan PDF...</source>
        <translation>Save PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/label_dialog.py" line="61"/>
        <source>Barang: pilih barang dari katalog, atau kosongkan untuk semua barang.</source>
        <translation>Item: choose an item from the catalogue, or leave empty for all items.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/label_dialog.py" line="65"/>
        <source>Simpan label</source>
        <translation>Save labels</translation>
    </message>
    <message>
        <location filename="../../ui/pages/label_dialog.py" line="65"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
</context>
<context>
    <name>LendDialog</name>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="71"/>
        <location filename="../../ui/pages/loan_dialogs.py" line="72"/>
        <location filename="../../ui/pages/loan_dialogs.py" line="176"/>
        <location filename="../../ui/pages/loan_dialogs.py" line="191"/>
        <source>Pinjam pakai peralatan</source>
        <translation>Equipment loan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="73"/>
        <source>Unit peralatan dipinjamkan kepada kantor lain atau desa sampai tanggal wajib kembali; kembalinya dicatat dengan kondisinya.</source>
        <translation>Equipment units are lent to another office or a village until the due date; their return is recorded with their condition.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="91"/>
        <source>mis. Pemerintah Desa Pagar Jati</source>
        <translation>e.g. Pagar Jati Village Government</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="94"/>
        <source>kantor atau desa, mis. Desa Pagar Jati</source>
        <translation>office or village, e.g. Pagar Jati Village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="97"/>
        <source>yang menandatangani Berita Acara</source>
        <translation>who signs the official record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="103"/>
        <source>mis. pasar murah desa</source>
        <translation>e.g. village market day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="104"/>
        <source>Gudang</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="105"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="106"/>
        <source>Unit</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="108"/>
        <source>Peminjam</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="109"/>
        <source>Kantor / desa</source>
        <translation>Office / village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="110"/>
        <source>Penanggung jawab</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="111"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="112"/>
        <source>Wajib kembali</source>
        <translation>Due back</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="113"/>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="114"/>
        <source>Pinjamkan...</source>
        <translation>Lend...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="125"/>
        <source>Tidak ada peralatan bernomor seri di katalog.</source>
        <translation>There is no serial-numbered equipment in the catalogue.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="127"/>
        <source>memeriksa...</source>
        <translation>checking...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="144"/>
        <source>{n} unit di gudang ini; centang yang dipinjamkan.</source>
        <translation>{n} units in this warehouse; tick the ones lent.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="145"/>
        <source>Tidak ada unit yang dapat dipinjamkan di gudang ini.</source>
        <translation>No unit in this warehouse can be lent.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="166"/>
        <source>Centang paling sedikit satu unit yang dipinjamkan.</source>
        <translation>Tick at least one unit to lend.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="168"/>
        <source>Isikan peminjam.</source>
        <translation>Enter the borrower.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="170"/>
        <source>Pilih tanggal wajib kembali.</source>
        <translation>Choose the due date.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="172"/>
        <source>Pinjamkan {n} unit {item} ({serials}) dari {warehouse} kepada {borrower} sampai {due}?</source>
        <translation>Lend {n} units of {item} ({serials}) from {warehouse} to {borrower} until {due}?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="192"/>
        <source>Pinjam pakai nomor {number} dicatat; Berita Acara Pinjam Pakai dicetak.</source>
        <translation>Equipment loan number {number} recorded; the loan record (Berita Acara Pinjam Pakai) was printed.</translation>
    </message>
</context>
<context>
    <name>LineModel</name>
    <message>
        <location filename="../../ui/line_model.py" line="84"/>
        <source>Kode barang</source>
        <translation>Item code</translation>
    </message>
    <message>
        <location filename="../../ui/line_model.py" line="84"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/line_model.py" line="84"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/line_model.py" line="85"/>
        <source>Kemasan</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../ui/line_model.py" line="85"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../ui/line_model.py" line="85"/>
        <source>Kedaluwarsa</source>
        <translation>Expiry</translation>
    </message>
    <message>
        <location filename="../../ui/line_model.py" line="86"/>
        <source>Nomor seri</source>
        <translation>Serial numbers</translation>
    </message>
    <message>
        <location filename="../../ui/line_model.py" line="86"/>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/line_model.py" line="87"/>
        <source>Harga satuan (Rp)</source>
        <translation>Unit price (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/line_model.py" line="87"/>
        <source>Tersedia</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/line_model.py" line="89"/>
        <source>Batch (pilihan)</source>
        <translation>Batch (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/line_model.py" line="90"/>
        <source>Nomor seri (pilihan)</source>
        <translation>Serial numbers (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/line_model.py" line="161"/>
        <source>(tidak dikenal)</source>
        <translation>(unknown)</translation>
    </message>
</context>
<context>
    <name>LineTable</name>
    <message>
        <location filename="../../ui/line_table.py" line="221"/>
        <source>Tambah baris</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="223"/>
        <source>Hapus baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="224"/>
        <source>Hapus baris yang dipilih dari dokumen</source>
        <translation>Remove the selected rows from the document</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="228"/>
        <source>Tab: sel berikutnya · Enter: baris berikutnya · Ctrl+V: tempel baris dari Excel · pindai barcode di kolom Kode barang</source>
        <translation>Tab: next cell · Enter: next row · Ctrl+V: paste rows from Excel · scan a barcode into the Item code column</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="300"/>
        <source>Barang dengan kode atau barcode &apos;{key}&apos; tidak ditemukan.</source>
        <translation>No item has the code or barcode &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="374"/>
        <source>Isikan paling sedikit satu baris barang.</source>
        <translation>Enter at least one line of goods.</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="397"/>
        <source>Barang &apos;{key}&apos; tidak ditemukan.</source>
        <translation>Item &apos;{key}&apos; not found.</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="399"/>
        <source>Kode barang wajib diisi.</source>
        <translation>The item code is required.</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="400"/>
        <source>Barang sedang dicari; tunggu sebentar.</source>
        <translation>The item is being looked up; wait a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="403"/>
        <source>Barang {item} sudah dinonaktifkan di Data induk; tidak diterima lagi.</source>
        <translation>Item {item} has been deactivated in Master data; it is not received any more.</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="409"/>
        <source>Kemasan &apos;{pack}&apos; tidak dikenal untuk {item}. Pilihan: {choices}.</source>
        <translation>Pack &apos;{pack}&apos; is not known for {item}. Choices: {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="415"/>
        <source>{item} tidak dicatat kedaluwarsanya; kosongkan tanggal kedaluwarsa.</source>
        <translation>{item} has no expiry recorded; leave the expiry date empty.</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="419"/>
        <source>Tanggal kedaluwarsa &apos;{value}&apos; tidak dikenali; tulis hh-bb-tttt, mis. 31-12-2027.</source>
        <translation>Expiry date &apos;{value}&apos; not recognised; write dd-mm-yyyy, e.g. 31-12-2027.</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="422"/>
        <source>Tanggal kedaluwarsa {date} sudah lewat.</source>
        <translation>The expiry date {date} has passed.</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="425"/>
        <source>{item} memiliki masa kedaluwarsa: isikan tanggal kedaluwarsa.</source>
        <translation>{item} expires: enter the expiry date.</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="429"/>
        <source>{item} tidak bernomor seri; kosongkan nomor seri.</source>
        <translation>{item} has no serial numbers; leave the serial numbers empty.</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="433"/>
        <source>{item} bernomor seri: isikan {qty} nomor seri (sekarang {given}).</source>
        <translation>{item} has serial numbers: enter {qty} serial numbers (now {given}).</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="436"/>
        <source>Ada nomor seri yang ditulis dua kali.</source>
        <translation>A serial number is written twice.</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="438"/>
        <source>{item} bernomor seri tidak dicatat per batch; kosongkan batch.</source>
        <translation>{item} has serial numbers and no batches; leave the batch empty.</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="445"/>
        <source>Kondisi &apos;{value}&apos; tidak dikenal. Pilihan: {choices}.</source>
        <translation>Condition &apos;{value}&apos; is not known. Choices: {choices}.</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="448"/>
        <source>Stok {item} tidak cukup: tersedia {available} {unit}, diminta {units} {unit}.</source>
        <translation>Not enough {item}: {available} {unit} available, {units} {unit} requested.</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="461"/>
        <source>Baris {row}: {problem}</source>
        <translation>Row {row}: {problem}</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="463"/>
        <source>(dan {n} baris lain bermasalah)</source>
        <translation>(and {n} other rows with problems)</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="465"/>
        <source>{n} baris barang.</source>
        <translation>{n} lines of goods.</translation>
    </message>
</context>
<context>
    <name>LoansDialog</name>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="262"/>
        <location filename="../../ui/pages/loan_dialogs.py" line="301"/>
        <source>Pinjam pakai peralatan</source>
        <translation>Equipment loan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="264"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="264"/>
        <source>Peminjam</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="264"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="265"/>
        <source>Di luar</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="265"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="265"/>
        <source>Wajib kembali</source>
        <translation>Due back</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="266"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="277"/>
        <source>Hanya yang masih dipinjam</source>
        <translation>Only loans still out</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="282"/>
        <source>Terima kembali...</source>
        <translation>Take back...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="285"/>
        <source>Cetak BA Pinjam Pakai</source>
        <translation>Print loan record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="287"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="302"/>
        <source>Peralatan yang dipinjamkan kepada kantor lain atau desa di luar kejadian. Yang melewati tanggal wajib kembali ditandai merah.</source>
        <translation>Equipment lent to another office or a village outside incidents. Loans past their due date are marked red.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="325"/>
        <source>TERLAMBAT {n} hari</source>
        <translation>OVERDUE {n} days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="340"/>
        <source>{n} pinjam pakai, {late} terlambat</source>
        <translation>{n} loans, {late} overdue</translation>
    </message>
</context>
<context>
    <name>LocalSettingsForm</name>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="92"/>
        <source>Tampilan</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="98"/>
        <source>Perubahan bahasa berlaku setelah program ditutup dan dibuka kembali.</source>
        <translation>A change of language takes effect after the program is closed and opened again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="101"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="103"/>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="108"/>
        <source>kosong = berkas bawaan di folder data pengguna</source>
        <translation>empty = the default file in the user&apos;s data folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="109"/>
        <source>Pilih berkas...</source>
        <translation>Choose file...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="116"/>
        <source>Berlaku setelah program dibuka kembali. Untuk beberapa komputer sekaligus gunakan PostgreSQL, mis. postgresql+psycopg://pengguna@server/tagana</source>
        <translation>Takes effect after the program is opened again. For several computers at once use PostgreSQL, e.g. postgresql+psycopg://user@server/tagana</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="120"/>
        <source>Sedang dipakai</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="121"/>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="123"/>
        <location filename="../../ui/pages/local_settings.py" line="231"/>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="126"/>
        <source>Pilih folder...</source>
        <translation>Choose folder...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="131"/>
        <source>Cadangkan otomatis saat program ditutup</source>
        <translation>Back up automatically when the program closes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="137"/>
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="139"/>
        <source>Pulihkan...</source>
        <translation>Restore...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="145"/>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="136"/>
        <source> cadangan otomatis terakhir</source>
        <translation> latest automatic backups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="147"/>
        <source>Disimpan</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="150"/>
        <source>Untuk PostgreSQL, cadangkan dengan pg_dump di server.</source>
        <translation>For PostgreSQL, back up with pg_dump on the server.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="151"/>
        <source>Hanya administrator yang dapat mencadangkan dan memulihkan.</source>
        <translation>Only an administrator can back up and restore.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="158"/>
        <source>Simpan pengaturan komputer ini</source>
        <translation>Save this computer&apos;s settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="183"/>
        <source>Pilih atau buat berkas basis data</source>
        <translation>Choose or create a database file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="184"/>
        <location filename="../../ui/pages/local_settings.py" line="220"/>
        <location filename="../../ui/pages/local_settings.py" line="243"/>
        <source>Basis data SQLite (*.db)</source>
        <translation>SQLite database (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="189"/>
        <source>Pilih folder cadangan</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="211"/>
        <source>Pengaturan komputer ini disimpan.</source>
        <translation>This computer&apos;s settings were saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="213"/>
        <source>Bahasa dan lokasi basis data berlaku setelah program dibuka kembali.</source>
        <translation>The language and database location take effect after the program is opened again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="214"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="219"/>
        <source>Simpan cadangan sebagai</source>
        <translation>Save backup as</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="226"/>
        <source>Mencadangkan basis data...</source>
        <translation>Backing up the database...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="231"/>
        <source>Cadangan dibuat:
{path}</source>
        <translation>Backup made:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="242"/>
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="246"/>
        <source>Pulihkan cadangan</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="247"/>
        <source>Seluruh isi basis data sekarang akan diganti dengan isi cadangan
{path}

Basis data sekarang disalin lebih dulu. Lanjutkan?</source>
        <translation>Everything in the current database will be replaced by the backup
{path}

The current database is copied first. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="253"/>
        <source>Memulihkan basis data...</source>
        <translation>Restoring the database...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="258"/>
        <source>Pemulihan selesai</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="259"/>
        <source>Basis data dipulihkan. Basis data sebelumnya disalin ke:
{path}

Tutup program lalu buka kembali sebelum melanjutkan pekerjaan.</source>
        <translation>The database was restored. The previous database was copied to:
{path}

Close the program and open it again before you continue working.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="70"/>
        <source>Masuk — Tagana Logistik</source>
        <translation>Log in — Tagana Logistik</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="107"/>
        <source>Tagana Logistik</source>
        <translation>Tagana Logistik</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="74"/>
        <source>Masuk ke Tagana Logistik</source>
        <translation>Log in to Tagana Logistik</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="75"/>
        <source>Logistik gudang, relawan dan bantuan bencana.</source>
        <translation>Warehouse logistics, volunteers and disaster relief.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="76"/>
        <source>Basis data ini berisi DATA CONTOH.</source>
        <translation>This database holds DEMO DATA.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="84"/>
        <source>nama pengguna</source>
        <translation>user name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="87"/>
        <source>kata sandi</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="88"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="89"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="90"/>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="127"/>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Enter the user name and password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="132"/>
        <source>Pengguna: {user} · {role}</source>
        <translation>User: {user} · {role}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="168"/>
        <source>Keluar akun (ganti pengguna)</source>
        <translation>Log out (switch user)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>Tutup semua halaman dan masuk sebagai pengguna lain (Ctrl+Shift+L)</source>
        <translation>Close every page and log in as another user (Ctrl+Shift+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="191"/>
        <source>Bagian ini gagal dimuat; lihat pesan kesalahan.</source>
        <translation>This section could not be loaded; see the error message.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="208"/>
        <source>Memuat...</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="224"/>
        <source>Tagana Logistik — {posko} ({code})</source>
        <translation>Tagana Logistik — {posko} ({code})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="226"/>
        <source>Tagana Logistik — {office}</source>
        <translation>Tagana Logistik — {office}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="228"/>
        <source> — DATA CONTOH</source>
        <translation> — DEMO DATA</translation>
    </message>
</context>
<context>
    <name>MasterDataPage</name>
    <message>
        <location filename="../../ui/pages/master_data.py" line="111"/>
        <location filename="../../ui/pages/master_data.py" line="120"/>
        <location filename="../../ui/pages/master_data.py" line="130"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="111"/>
        <source>Nama barang</source>
        <translation>Item name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="111"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="111"/>
        <location filename="../../ui/pages/master_data.py" line="138"/>
        <location filename="../../ui/pages/master_data.py" line="159"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="112"/>
        <location filename="../../ui/pages/master_data.py" line="120"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="112"/>
        <source>Kebutuhan</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="112"/>
        <source>Kemasan</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="112"/>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="113"/>
        <location filename="../../ui/pages/master_data.py" line="121"/>
        <location filename="../../ui/pages/master_data.py" line="138"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="114"/>
        <source>Tambah barang...</source>
        <translation>Add item...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="115"/>
        <location filename="../../ui/pages/master_data.py" line="125"/>
        <location filename="../../ui/pages/master_data.py" line="133"/>
        <source>Ubah...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="116"/>
        <location filename="../../ui/pages/master_data.py" line="126"/>
        <location filename="../../ui/pages/master_data.py" line="140"/>
        <location filename="../../ui/pages/master_data.py" line="206"/>
        <location filename="../../ui/pages/master_data.py" line="211"/>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="120"/>
        <source>Nama gudang</source>
        <translation>Warehouse name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="120"/>
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="121"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="121"/>
        <source>Penanggung jawab</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="123"/>
        <source>Tambah gudang...</source>
        <translation>Add warehouse...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="130"/>
        <source>Nama paket</source>
        <translation>Kit name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="130"/>
        <source>Dasar</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="130"/>
        <source>Isi</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="132"/>
        <source>Tambah paket...</source>
        <translation>Add kit...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="134"/>
        <location filename="../../ui/pages/master_data.py" line="317"/>
        <source>Hapus paket</source>
        <translation>Remove kit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="138"/>
        <source>Dipakai barang</source>
        <translation>Used by items</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="139"/>
        <source>Tambah satuan...</source>
        <translation>Add unit...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="156"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="157"/>
        <source>Gudang</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="158"/>
        <source>Paket bantuan</source>
        <translation>Aid kits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="160"/>
        <source>Data induk</source>
        <translation>Master data</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="161"/>
        <source>Barang (satuan, kemasan, barcode, kategori kebutuhan, stok minimum), gudang dengan penanggung jawabnya, paket bantuan dan satuan. Data yang dinonaktifkan tetap ada di riwayat dan laporan.</source>
        <translation>Items (unit, packs, barcodes, need category, minimum stock), warehouses with the person in charge, aid kits and units. Deactivated records stay in history and reports.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="178"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="178"/>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="188"/>
        <source>KK</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="188"/>
        <source>jiwa</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="193"/>
        <source>per {n} {what}</source>
        <translation>per {n} {what}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="206"/>
        <location filename="../../ui/pages/master_data.py" line="210"/>
        <source>Aktifkan kembali</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="251"/>
        <source>Nonaktifkan barang</source>
        <translation>Deactivate item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="252"/>
        <source>Nonaktifkan barang {code}? Barang ini tidak ditawarkan lagi untuk penerimaan, pengeluaran dan paket baru; stok, riwayat dan laporannya tetap.</source>
        <translation>Deactivate item {code}? It is no longer offered for new receipts, issues and kits; its stock, history and reports stay.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="259"/>
        <source>Barang dinonaktifkan</source>
        <translation>Item deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="260"/>
        <source>{name} dinonaktifkan. Stoknya masih {qty} {unit}: tetap tercatat di gudang dan laporan.</source>
        <translation>{name} deactivated. It still has {qty} {unit} in stock: they stay on the books and in reports.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="290"/>
        <source>Nonaktifkan gudang</source>
        <translation>Deactivate warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="291"/>
        <source>Nonaktifkan gudang {code}? Gudang ini tidak ditawarkan lagi untuk dokumen baru; riwayatnya tetap.</source>
        <translation>Deactivate warehouse {code}? It is no longer offered for new documents; its history stays.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="318"/>
        <source>Hapus paket {code}? Pengiriman yang sudah memakainya tidak berubah.</source>
        <translation>Remove kit {code}? Dispatches that used it do not change.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="333"/>
        <source>Nonaktifkan satuan</source>
        <translation>Deactivate unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_data.py" line="334"/>
        <source>Satuan {unit} tidak ditawarkan lagi untuk barang baru; barang yang memakainya tetap. Lanjutkan?</source>
        <translation>Unit {unit} will no longer be offered for new items; the items kept in it keep it. Continue?</translation>
    </message>
</context>
<context>
    <name>NeedsDispatchDialog</name>
    <message>
        <location filename="../../ui/pages/needs_dialogs.py" line="43"/>
        <location filename="../../ui/pages/needs_dialogs.py" line="45"/>
        <source>Pengiriman untuk kebutuhan</source>
        <translation>Dispatch for the needs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_dialogs.py" line="46"/>
        <source>Konsep pengiriman dengan barang di bawah; diajukan dan disetujui seperti pengiriman lain.</source>
        <translation>A draft dispatch with the goods below; submitted and approved like any other dispatch.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_dialogs.py" line="50"/>
        <source>Kebutuhan</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_dialogs.py" line="50"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_dialogs.py" line="50"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_dialogs.py" line="51"/>
        <source>Mencukupi</source>
        <translation>Covers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_dialogs.py" line="90"/>
        <source>Usulan: kebutuhan {days} hari dikurangi yang sudah ada di pengiriman kejadian ini, sebatas stok bebas gudang ini (tidak dicadangkan, tidak kedaluwarsa). Jumlahnya dapat diubah sesudah pengiriman dibuat.</source>
        <translation>Proposal: the needs for {days} days less what this incident&apos;s dispatches already carry, up to this warehouse&apos;s free stock (not reserved, not expired). The quantities can be changed after the dispatch is created.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_dialogs.py" line="93"/>
        <source>Gudang ini tidak mempunyai stok bebas untuk kebutuhan yang belum terpenuhi.</source>
        <translation>This warehouse has no free stock for the needs not yet met.</translation>
    </message>
</context>
<context>
    <name>NeedsModel</name>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="154"/>
        <source>Kebutuhan</source>
        <translation>Need</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="155"/>
        <source>Dibutuhkan</source>
        <translation>Needed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="156"/>
        <source>Tersedia di gudang</source>
        <translation>In the warehouses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="157"/>
        <source>tidak dicatat</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="158"/>
        <source>Dicadangkan</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="159"/>
        <source>Kurang</source>
        <translation>Short</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="160"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="161"/>
        <source>Dasar perhitungan</source>
        <translation>Basis of the estimate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="182"/>
        <source>Barang yang dihitung: {items}</source>
        <translation>Items counted: {items}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="184"/>
        <source>Kedaluwarsa, tidak dihitung: {n} {unit}</source>
        <translation>Expired, not counted: {n} {unit}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="187"/>
        <source>Belum ada isi per satuan, tidak dihitung: {items}</source>
        <translation>No content per unit yet, not counted: {items}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="190"/>
        <source>Dicadangkan untuk pengiriman yang disetujui; tidak termasuk yang tersedia.</source>
        <translation>Reserved for approved dispatches; not included in what is available.</translation>
    </message>
    <message>
        <source>Barang di katalog: {items}</source>
        <translation type="vanished">Items in the catalogue: {items}</translation>
    </message>
</context>
<context>
    <name>NewDispatchDialog</name>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="53"/>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="54"/>
        <source>Pengiriman baru</source>
        <translation>New dispatch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="55"/>
        <source>Barang ditambahkan sesudahnya. Stok baru dicadangkan saat pengiriman disetujui.</source>
        <translation>Items are added afterwards. Stock is reserved only when the dispatch is approved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="63"/>
        <source>mis. Posko Balai Desa Srikaton</source>
        <translation>e.g. Srikaton village hall command post</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="65"/>
        <source>Posko</source>
        <translation>Command post</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="65"/>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="66"/>
        <source>Kecamatan</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="69"/>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="132"/>
        <source>kode kecamatan/desa, kosong = wilayah kejadian</source>
        <translation>district/village code, empty = incident area</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="73"/>
        <source>Kepala Desa, Camat, koordinator posko...</source>
        <translation>Village head, district head (camat), command post coordinator...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="75"/>
        <source>NIP 18 angka atau NIK 16 angka</source>
        <translation>18-digit NIP or 16-digit NIK</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="81"/>
        <source>tentukan sendiri (bawaan: akhir masa status darurat)</source>
        <translation>set it here (default: the end of the emergency period)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="90"/>
        <source>Posko kantor ini yang mencatat serah terimanya sendiri dan mengirimkannya kembali lewat berkas pertukaran.</source>
        <translation>A command post of this office that records its own handovers and sends them back through exchange files.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="92"/>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="92"/>
        <source>Posko tujuan</source>
        <translation>Destination command post</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="93"/>
        <source>Dari gudang</source>
        <translation>From warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="94"/>
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="94"/>
        <source>Jenis tujuan</source>
        <translation>Destination type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="95"/>
        <source>Kode wilayah</source>
        <translation>Area code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="95"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="96"/>
        <source>Penerima</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="96"/>
        <source>Jabatan penerima</source>
        <translation>Recipient position</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="97"/>
        <source>NIP/NIK penerima</source>
        <translation>Recipient NIP/NIK</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="97"/>
        <source>Kendaraan</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="98"/>
        <source>Pengemudi</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="98"/>
        <source>Telepon pengemudi</source>
        <translation>Driver phone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="100"/>
        <source>Pinjam pakai wajib kembali</source>
        <translation>Lent equipment due back</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="104"/>
        <source>Buat pengiriman</source>
        <translation>Create dispatch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="113"/>
        <source>– bukan posko kantor ini –</source>
        <translation>– not a command post of this office –</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="131"/>
        <source>kode kecamatan/desa, kosong = wilayah posko</source>
        <translation>kecamatan/village code, empty = command post area</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="146"/>
        <source>Tujuan dan nama penerima wajib diisi.</source>
        <translation>Destination and recipient name are required.</translation>
    </message>
</context>
<context>
    <name>NewIncidentDialog</name>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="245"/>
        <source>Kejadian baru</source>
        <translation>New incident</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="246"/>
        <source>Catat kejadian bencana</source>
        <translation>Record a disaster incident</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="247"/>
        <source>Nomor kejadian diberikan otomatis. Data dampak diisi lewat &quot;Perbarui data dampak&quot;.</source>
        <translation>The incident number is given automatically. Impact figures are entered with &quot;Update impact figures&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="252"/>
        <source>mis. Banjir Sungai Air Bengkulu</source>
        <translation>e.g. Air Bengkulu river flood</translation>
    </message>
    <message>
        <source>Nomor SK penetapan status (boleh menyusul)</source>
        <translation type="vanished">Number of the status decree (SK) (may follow later)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="263"/>
        <source>Masa status</source>
        <translation>Status period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="270"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="276"/>
        <source>mis. Balai Desa Pasar Pedati</source>
        <translation>e.g. Pasar Pedati village hall</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="277"/>
        <source>Jenis bencana</source>
        <translation>Disaster type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="278"/>
        <source>Nama kejadian</source>
        <translation>Incident name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="279"/>
        <source>Wilayah terdampak</source>
        <translation>Affected areas</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="280"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="281"/>
        <source>Status darurat</source>
        <translation>Emergency status</translation>
    </message>
    <message>
        <source>Nomor SK</source>
        <translation type="vanished">Decree (SK) number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="284"/>
        <source>Lokasi posko</source>
        <translation>Command post location</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="285"/>
        <source>Simpan kejadian</source>
        <translation>Save incident</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="295"/>
        <source>Nama kejadian wajib diisi.</source>
        <translation>The incident name is required.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="300"/>
        <source>Sebutkan paling sedikit satu kecamatan atau desa terdampak.</source>
        <translation>Name at least one affected district or village.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="305"/>
        <source>Akhir masa status sebelum awalnya.</source>
        <translation>The status period ends before it starts.</translation>
    </message>
</context>
<context>
    <name>OfficeProfileForm</name>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="139"/>
        <source>Pemerintah daerah</source>
        <translation>Local government</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="139"/>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="140"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="140"/>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="141"/>
        <source>Surel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="141"/>
        <source>Kota penandatanganan</source>
        <translation>City of signing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="142"/>
        <source>Nama Kepala Dinas</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="142"/>
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="143"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="146"/>
        <source>mis. PEMERINTAH KABUPATEN BENGKULU TENGAH</source>
        <translation>e.g. PEMERINTAH KABUPATEN BENGKULU TENGAH</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="147"/>
        <source>mis. DINAS SOSIAL</source>
        <translation>e.g. DINAS SOSIAL</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="148"/>
        <source>18 digit</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="157"/>
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="161"/>
        <location filename="../../ui/pages/office_profile.py" line="297"/>
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="165"/>
        <source>Pilih logo...</source>
        <translation>Choose logo...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="167"/>
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="177"/>
        <location filename="../../ui/pages/office_profile.py" line="308"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="179"/>
        <source>Penandatangan</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="183"/>
        <source>Kepala Dinas</source>
        <translation>Head of office (Kepala Dinas)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="184"/>
        <source>PIHAK PERTAMA (BAST)</source>
        <translation>PIHAK PERTAMA (BAST)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="185"/>
        <source>Pengurus barang</source>
        <translation>Storekeeper (pengurus barang)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="190"/>
        <source>Nama lengkap, NIP, pangkat/golongan dan jabatan diambil dari data pengguna (tab Pengguna). Dokumen yang penandatangannya belum ditunjuk tidak dapat dicetak. Bila Kepala Dinas belum ditunjuk, dipakai isian berikut:</source>
        <translation>Full name, NIP, rank and position come from the user data (Users tab). A document whose signatory has not been chosen cannot be printed. While no head of office is chosen, these fields are used:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="198"/>
        <source>Kertas dan tempat</source>
        <translation>Paper and place</translation>
    </message>
    <message>
        <source>Penandatangan dan kertas</source>
        <translation type="vanished">Signatory and paper</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="202"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="203"/>
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation>F4 / Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="204"/>
        <source>Ukuran kertas</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="206"/>
        <source>DejaVu Sans (bawaan)</source>
        <translation>DejaVu Sans (default)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="207"/>
        <source>Liberation Sans (setara Arial), isi 12 pt</source>
        <translation>Liberation Sans (Arial metrics), 12 pt body</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="208"/>
        <source>Liberation Serif (setara Times New Roman), isi 12 pt</source>
        <translation>Liberation Serif (Times New Roman metrics), 12 pt body</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="209"/>
        <source>Huruf dokumen</source>
        <translation>Document font</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="213"/>
        <source>Simpan profil kantor</source>
        <translation>Save office profile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="217"/>
        <source>Profil ini dicetak pada setiap dokumen (kop surat, tanda tangan) dan berlaku untuk semua komputer yang memakai basis data ini.</source>
        <translation>This profile is printed on every document (letterhead, signature) and applies to every computer using this database.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="219"/>
        <source>Hanya administrator yang dapat mengubah profil kantor.</source>
        <translation>Only an administrator can change the office profile.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="227"/>
        <source>Pratinjau kop surat</source>
        <translation>Letterhead preview</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="250"/>
        <source>Telepon {phone}</source>
        <translation>Telephone {phone}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="251"/>
        <source>Surel: {email}</source>
        <translation>E-mail: {email}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="271"/>
        <source>(belum ditunjuk)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="273"/>
        <source>{name} ({user})</source>
        <translation>{name} ({user})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="277"/>
        <source>{user} (tidak dapat menandatangani)</source>
        <translation>{user} (cannot sign)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="302"/>
        <source>Pilih logo kantor</source>
        <translation>Choose the office logo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="303"/>
        <source>Gambar (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="308"/>
        <source>Berkas &apos;{name}&apos; bukan gambar yang dapat dibaca.</source>
        <translation>The file &apos;{name}&apos; is not a readable image.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="329"/>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="329"/>
        <source>Profil kantor disimpan.</source>
        <translation>Office profile saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="330"/>
        <source>Tidak ada perubahan.</source>
        <translation>Nothing changed.</translation>
    </message>
</context>
<context>
    <name>OfficeRulesForm</name>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="100"/>
        <source>Penugasan relawan</source>
        <translation>Volunteer assignments</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="101"/>
        <source>Dipakai saat menugaskan relawan: penugasan yang lebih lama dari batas atau istirahat yang lebih pendek diberi peringatan.</source>
        <translation>Used when assigning volunteers: an assignment longer than the limit or a shorter rest gets a warning.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="103"/>
        <source>Gudang</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="104"/>
        <source>Barang yang kedaluwarsa dalam jangka ini muncul di peringatan stok dan dasbor.</source>
        <translation>Goods expiring within this period appear in the stock alerts and on the dashboard.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="105"/>
        <source>Penomoran dokumen</source>
        <translation>Document numbering</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="106"/>
        <source>Isian pola: {seq} nomor urut ({seq:03d} = 001), {year} tahun, {month} bulan, {month_roman} bulan Romawi, {day} tanggal. Wajib memuat {seq} dan {year}; nomor urut mulai dari 1 setiap tahun dan tidak pernah dipakai ulang.</source>
        <translation>Pattern fields: {seq} sequence number ({seq:03d} = 001), {year} year, {month} month, {month_roman} month in Roman numerals, {day} day. Must contain {seq} and {year}; the sequence starts at 1 each year and is never reused.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="109"/>
        <source>Dokumen pengiriman</source>
        <translation>Dispatch documents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="110"/>
        <source>Dicetak pada BAST sebagai PIHAK PERTAMA. Nama kosong: yang menandatangani Kepala Dinas dari Profil kantor.</source>
        <translation>Printed on the BAST as the FIRST PARTY. Empty name: the head of office from the Office profile signs.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="112"/>
        <source>Waktu kantor</source>
        <translation>Office time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="113"/>
        <source>WIB (UTC+7), WITA (UTC+8) atau WIT (UTC+9). Tanggal dokumen, pergantian hari dan jam yang ditampilkan mengikuti zona ini.</source>
        <translation>WIB (UTC+7), WITA (UTC+8) or WIT (UTC+9). Document dates, the change of day and the times shown follow this zone.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="125"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="150"/>
        <source>Kembalikan</source>
        <translation>Revert</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="151"/>
        <source>Buang perubahan yang belum disimpan dan muat ulang dari basis data</source>
        <translation>Discard unsaved changes and reload from the database</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="153"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="159"/>
        <source>Aturan dan pola nomor ini berlaku untuk semua komputer yang memakai basis data ini. Setiap perubahan dicatat di audit.</source>
        <translation>These rules and number patterns apply to every computer using this database. Every change is recorded in the audit trail.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="161"/>
        <source>Hanya administrator yang dapat mengubah aturan dan penomoran.</source>
        <translation>Only an administrator can change rules and numbering.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="235"/>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="253"/>
        <source>mis. 17.09</source>
        <translation>e.g. 17.09</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="256"/>
        <source>18 digit</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="329"/>
        <source>Sama dengan {other}: nomornya akan bentrok.</source>
        <translation>Same as {other}: the numbers would clash.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="335"/>
        <source>Nomor berikutnya: {number}</source>
        <translation>Next number: {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="336"/>
        <source>Nomor dokumen berikutnya bila diterbitkan hari ini ({date}).</source>
        <translation>The next document number if issued today ({date}).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="362"/>
        <location filename="../../ui/pages/office_rules.py" line="370"/>
        <source>Aturan &amp; penomoran</source>
        <translation>Rules &amp; numbering</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="362"/>
        <location filename="../../ui/pages/office_rules.py" line="371"/>
        <source>Tidak ada perubahan.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_rules.py" line="370"/>
        <source>Aturan dan penomoran disimpan.</source>
        <translation>Rules and numbering saved.</translation>
    </message>
</context>
<context>
    <name>OverrideApprovalDialog</name>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="326"/>
        <location filename="../../ui/pages/assignment_dialog.py" line="337"/>
        <source>Setujui pengecualian</source>
        <translation>Approve exception</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="329"/>
        <source>Diajukan oleh</source>
        <translation>Proposed by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="332"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="333"/>
        <source>Memeriksa...</source>
        <translation>Checking...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="336"/>
        <source>Pemeriksaan</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="343"/>
        <source>Yang dikecualikan:</source>
        <translation>Excepted:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="345"/>
        <source>Peringatan:</source>
        <translation>Warnings:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="346"/>
        <source>Tidak ada lagi penolakan.</source>
        <translation>No refusals any more.</translation>
    </message>
</context>
<context>
    <name>OverrideReleaseDialog</name>
    <message>
        <location filename="../../ui/pages/release_dialog.py" line="20"/>
        <source>Izinkan tanpa status darurat</source>
        <translation>Allow without emergency status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/release_dialog.py" line="21"/>
        <source>Izinkan {number} keluar tanpa status darurat</source>
        <translation>Allow {number} to leave without an emergency status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/release_dialog.py" line="23"/>
        <source>{warehouse} hanya mengeluarkan barang untuk kejadian dengan SK status darurat. Alasan Anda dicetak di Surat Jalan: &quot;Dikeluarkan tanpa penetapan status darurat atas persetujuan ...&quot;.</source>
        <translation>{warehouse} releases goods only for an incident with an emergency decree. Your reason is printed on the delivery note: &quot;Released without a declared emergency with the approval of ...&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/release_dialog.py" line="28"/>
        <source>mis. SK bupati sedang ditandatangani; pengungsi belum menerima bantuan</source>
        <translation>e.g. the regent&apos;s decree is being signed; the displaced have received no aid yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/release_dialog.py" line="29"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/release_dialog.py" line="30"/>
        <source>Izinkan</source>
        <translation>Allow</translation>
    </message>
    <message>
        <location filename="../../ui/pages/release_dialog.py" line="36"/>
        <source>Alasan izin wajib diisi.</source>
        <translation>The reason for the permission is required.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/pages/users.py" line="158"/>
        <source>Ganti kata sandi: {user}</source>
        <translation>Change password: {user}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="160"/>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="161"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="162"/>
        <source>Simpan</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="168"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>PendingCountsPanel</name>
    <message>
        <location filename="../../ui/pages/pending_counts.py" line="27"/>
        <source>Menunggu persetujuan: stock opname</source>
        <translation>Waiting for approval: stock counts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/pending_counts.py" line="51"/>
        <source>{number} · {warehouse} · diajukan {when} oleh {who}</source>
        <translation>{number} · {warehouse} · sent {when} by {who}</translation>
    </message>
</context>
<context>
    <name>PendingWriteOffs</name>
    <message>
        <location filename="../../ui/pages/dashboard_writeoffs.py" line="33"/>
        <source>Usulan penghapusan barang; klik untuk memutuskan</source>
        <translation>Write-off requests; click to decide</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_writeoffs.py" line="70"/>
        <source>Menunggu keputusan: {n} penghapusan</source>
        <translation>Awaiting decision: {n} write-offs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard_writeoffs.py" line="72"/>
        <source>{number} · {warehouse} · {reason} · {lines} · diajukan {day} oleh {user}</source>
        <translation>{number} · {warehouse} · {reason} · {lines} · requested {day} by {user}</translation>
    </message>
</context>
<context>
    <name>PeriodDialog</name>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="386"/>
        <source>Perpanjang penugasan</source>
        <translation>Extend assignment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="386"/>
        <source>Akhiri penugasan lebih awal</source>
        <translation>End assignment early</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="388"/>
        <source>{name} ({role}), sekarang {start} s.d. {end}.</source>
        <translation>{name} ({role}), currently {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="395"/>
        <source>Sampai tanggal</source>
        <translation>Until date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="400"/>
        <source>Hari terakhir</source>
        <translation>Last day</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="402"/>
        <source>hanya bila perpanjangan ditolak dan Anda mengecualikannya</source>
        <translation>only if the extension is refused and you override it</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="404"/>
        <source>Alasan pengecualian</source>
        <translation>Reason for override</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="407"/>
        <source>Perpanjang</source>
        <translation>Extend</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="407"/>
        <source>Akhiri</source>
        <translation>End</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/pages/users.py" line="121"/>
        <source>Data pengguna: {user}</source>
        <translation>User data: {user}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="124"/>
        <source>18 digit; kosong bila bukan ASN</source>
        <translation>18 digits; empty for someone who is not a civil servant</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="126"/>
        <source>mis. Penata (III/c)</source>
        <translation>e.g. Penata (III/c)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="127"/>
        <source>mis. Kepala Bidang Perlindungan dan Jaminan Sosial</source>
        <translation>e.g. Kepala Bidang Perlindungan dan Jaminan Sosial</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="128"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="129"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="130"/>
        <source>Pangkat/golongan</source>
        <translation>Rank (pangkat/golongan)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="131"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="132"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="19"/>
        <source>Belum tersedia</source>
        <translation>Not available yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="22"/>
        <source>Bagian ini akan diisi pada versi berikutnya.</source>
        <translation>This section will be filled in a coming version.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="27"/>
        <source>Bagian ini sedang disiapkan dan akan tersedia pada pembaruan program.</source>
        <translation>This section is being prepared and will come with a program update.</translation>
    </message>
</context>
<context>
    <name>PoskoDetail</name>
    <message>
        <location filename="../../ui/pages/poskos.py" line="81"/>
        <location filename="../../ui/pages/poskos.py" line="83"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="81"/>
        <source>Barang</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="81"/>
        <source>Ada</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="81"/>
        <source>Dipesan</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="82"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="83"/>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="83"/>
        <source>Penerima</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="83"/>
        <source>Jiwa</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="84"/>
        <source>Barang disalurkan</source>
        <translation>Goods distributed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="85"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="85"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="85"/>
        <source>Pemohon</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="85"/>
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="86"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="87"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="87"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="87"/>
        <source>Check-in sejak</source>
        <translation>Checked in since</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="88"/>
        <source>Di mana</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="88"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="88"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="88"/>
        <location filename="../../ui/pages/poskos.py" line="93"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="92"/>
        <source>Stok di posko</source>
        <translation>Stock at the command post</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="92"/>
        <source>Distribusi per desa</source>
        <translation>Distribution per village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="92"/>
        <source>Permintaan</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="93"/>
        <source>Relawan di lokasi</source>
        <translation>Volunteers on site</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="107"/>
        <source>Pilih posko di daftar, atau buat posko baru.</source>
        <translation>Choose a command post in the list, or create a new command post.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="114"/>
        <source>Posko {code} – {name} · {status}</source>
        <translation>Command post {code} – {name} · {status}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="117"/>
        <source>Kejadian: {number} {name}</source>
        <translation>Incident: {number} {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="118"/>
        <source>Sidik kunci posko: {fingerprint}</source>
        <translation>Command post key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="119"/>
        <source>– (balasan posko belum diambil)</source>
        <translation>– (command post reply not taken in yet)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="120"/>
        <source>Berkas terakhir diterima: nomor {seq} ({when}) · dikirim: nomor {out} ({out_when}), diakui posko sampai nomor {acked} · ditahan: {held}</source>
        <translation>Last file received: no. {seq} ({when}) · sent: no. {out} ({out_when}), acknowledged by the command post up to no. {acked} · held: {held}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="133"/>
        <source>di kantor</source>
        <translation>at the office</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="133"/>
        <source>di posko</source>
        <translation>at the command post</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="134"/>
        <source>menunggu: </source>
        <translation>waiting: </translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="134"/>
        <source>ditolak: </source>
        <translation>refused: </translation>
    </message>
</context>
<context>
    <name>PoskoHomePage</name>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="70"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="70"/>
        <source>Barang</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="70"/>
        <source>Ada di posko</source>
        <translation>At the command post</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="70"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="72"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="72"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="72"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="72"/>
        <source>Baris</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="73"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="77"/>
        <source>Situs</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="77"/>
        <source>Di mana</source>
        <translation>Where</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="77"/>
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="77"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="79"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="79"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="79"/>
        <source>Datang</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="81"/>
        <source>Stok posko</source>
        <translation>Command post stock</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="82"/>
        <source>Pengiriman dalam perjalanan</source>
        <translation>Dispatches on the way</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="83"/>
        <source>Pertukaran berkas</source>
        <translation>File exchange</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="84"/>
        <source>Masalah pertukaran yang terbuka</source>
        <translation>Open exchange problems</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="85"/>
        <source>Relawan di lokasi</source>
        <translation>Volunteers on site</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="98"/>
        <source>Beranda posko</source>
        <translation>Command post home</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="99"/>
        <source>Apa yang ada dan terjadi di posko ini: stok, barang yang akan datang, relawan di lokasi dan berkas pertukaran dengan kantor.</source>
        <translation>What is at and happening at this command post: stock, goods on their way, volunteers on site and exchange files with the office.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="102"/>
        <source>Usulkan data dampak...</source>
        <translation>Propose impact figures...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="103"/>
        <source>Jumlah KK, jiwa, pengungsi, korban dan rumah rusak yang dihitung di posko; kantor menerimanya sebagai usulan lewat berkas berikutnya.</source>
        <translation>Households, people, displaced, casualties and damaged houses counted at the posko; the office receives them as a proposal in the next file.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="137"/>
        <source>{posko} ({code}) · kejadian {number} {incident} · status {status}</source>
        <translation>{posko} ({code}) · incident {number} {incident} · status {status}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="143"/>
        <source>{posko} ({code})</source>
        <translation>{posko} ({code})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="150"/>
        <source>di sini</source>
        <translation>here</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="150"/>
        <source>di sana</source>
        <translation>there</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="155"/>
        <source>Belum ada stok di gudang posko.</source>
        <translation>No stock in the command post warehouse yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="156"/>
        <source>Tidak ada pengiriman yang sedang menuju posko.</source>
        <translation>No dispatches are on their way to the command post.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="157"/>
        <source>Belum ada relawan yang check-in.</source>
        <translation>No volunteers have checked in yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="158"/>
        <source>Tidak ada masalah.</source>
        <translation>No problems.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="159"/>
        <source>Posko ini belum bertukar berkas.</source>
        <translation>This command post has not exchanged files yet.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="167"/>
        <source>berkas terakhir diterima no. {seq} pada {when}</source>
        <translation>last file received no. {seq} on {when}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="169"/>
        <source>belum ada berkas diterima</source>
        <translation>no file received yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="170"/>
        <source>berkas terakhir dibuat no. {seq} pada {when}, diakui sampai no. {acked}</source>
        <translation>last file made no. {seq} on {when}, acknowledged up to no. {acked}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="172"/>
        <source>belum ada berkas dibuat</source>
        <translation>no file made yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="173"/>
        <source>{name} ({code}): {received}; {sent}</source>
        <translation>{name} ({code}): {received}; {sent}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_home.py" line="176"/>
        <source>; {n} berkas ditahan menunggu berkas sebelumnya</source>
        <translation>; {n} files held waiting for earlier files</translation>
    </message>
</context>
<context>
    <name>PoskoSetupWizard</name>
    <message>
        <location filename="../../ui/posko_setup.py" line="409"/>
        <source>Siapkan laptop posko — Tagana Logistik</source>
        <translation>Set up command post laptop — Tagana Logistik</translation>
    </message>
</context>
<context>
    <name>PoskoVolunteersPage</name>
    <message>
        <location filename="../../ui/pages/posko_volunteers.py" line="40"/>
        <source>Check-in...</source>
        <translation>Check in...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_volunteers.py" line="43"/>
        <source>Check-out...</source>
        <translation>Check out...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_volunteers.py" line="52"/>
        <source>Relawan</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_volunteers.py" line="53"/>
        <source>Relawan yang ditugaskan kantor ke kejadian posko ini: catat kedatangan (check-in) dan kepulangan (check-out) mereka di lokasi.</source>
        <translation>Volunteers the office has assigned to this command post&apos;s incident: record their arrival (check-in) and departure (check-out) on site.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_volunteers.py" line="75"/>
        <source>{n} penugasan, {on_site} relawan di lokasi</source>
        <translation>{n} assignments, {on_site} volunteers on site</translation>
    </message>
</context>
<context>
    <name>PoskosPage</name>
    <message>
        <location filename="../../ui/pages/poskos.py" line="153"/>
        <source>Buat posko...</source>
        <translation>Create command post...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="154"/>
        <source>Ambil balasan posko...</source>
        <translation>Take in command post reply...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="155"/>
        <source>Buat berkas penyiapan lagi...</source>
        <translation>Make setup file again...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="156"/>
        <source>Cabut posko...</source>
        <translation>Revoke command post...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="164"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="164"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="164"/>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="164"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="165"/>
        <source>Terakhir diterima</source>
        <translation>Last received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="165"/>
        <source>Terakhir dikirim</source>
        <translation>Last sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="165"/>
        <source>Diakui</source>
        <translation>Acknowledged</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="166"/>
        <source>Ditahan</source>
        <translation>Held</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="166"/>
        <source>Masalah</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="177"/>
        <source>Posko</source>
        <translation>Command posts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="178"/>
        <source>Posko lapangan kantor ini: laptopnya disiapkan dari berkas penyiapan, lalu bertukar berkas bertanda tangan dengan kantor. Di bawah: apa yang dilaporkan berkas posko terpilih.</source>
        <translation>This office&apos;s field command posts: their laptop is set up from a setup file, then exchanges signed files with the office. Below: what the files of the selected command post report.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="212"/>
        <source>nomor {seq}, {when}</source>
        <translation>no. {seq}, {when}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="239"/>
        <source>Posko dibuat dan diatur di kantor, bukan di laptop posko.</source>
        <translation>Command posts are created and managed at the office, not on the command post laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="270"/>
        <source>Simpan berkas penyiapan posko</source>
        <translation>Save command post setup file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="271"/>
        <source>Berkas Tagana (*.tagana)</source>
        <translation>Tagana files (*.tagana)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="283"/>
        <source>Berkas penyiapan disimpan</source>
        <translation>Setup file saved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/poskos.py" line="284"/>
        <source>Berkas penyiapan posko {code} disimpan: {path}.
Bacakan sidik kunci kantor kepada petugas posko: {fingerprint}</source>
        <translation>Setup file of command post {code} saved: {path}.
Read the office key fingerprint out to the command post officer: {fingerprint}</translation>
    </message>
</context>
<context>
    <name>PrintedDialog</name>
    <message>
        <location filename="../../ui/printed.py" line="29"/>
        <source>Berkas tersimpan</source>
        <translation>File saved</translation>
    </message>
    <message>
        <location filename="../../ui/printed.py" line="32"/>
        <source>Berkas {name} disimpan di:</source>
        <translation>The file {name} was saved in:</translation>
    </message>
    <message>
        <location filename="../../ui/printed.py" line="43"/>
        <source>Buka berkas</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location filename="../../ui/printed.py" line="45"/>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/printed.py" line="47"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/printed.py" line="68"/>
        <source>Folder {folder} tidak dapat dibuka di komputer ini. Salin alamat di atas dan buka folder itu sendiri.</source>
        <translation>The folder {folder} cannot be opened on this computer. Copy the path above and open the folder yourself.</translation>
    </message>
    <message>
        <location filename="../../ui/printed.py" line="74"/>
        <source>Tidak ada aplikasi untuk membuka {name} di komputer ini (misalnya pembaca PDF). Salin alamat di atas, atau pasang pembaca PDF lalu coba lagi.</source>
        <translation>There is no application to open {name} on this computer (a PDF viewer, for instance). Copy the path above, or install a PDF viewer and try again.</translation>
    </message>
</context>
<context>
    <name>ProvinceLetterDialog</name>
    <message>
        <location filename="../../ui/pages/needs_dialogs.py" line="108"/>
        <source>Permintaan ke provinsi</source>
        <translation>Request to the province</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_dialogs.py" line="111"/>
        <source>Permintaan bantuan ke Dinas Sosial Provinsi</source>
        <translation>Request for aid to the provincial social affairs office</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_dialogs.py" line="112"/>
        <source>Isi surat untuk kekurangan menurut perkiraan kebutuhan. Salin ke surat berkop kantor, lalu tanda tangani dan kirim seperti biasa; teks ini dapat diubah dahulu.</source>
        <translation>The text of a letter for what the needs estimate shows missing. Copy it onto the office&apos;s letterhead, then sign and send it as usual; the text can be edited first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_dialogs.py" line="121"/>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/needs_dialogs.py" line="136"/>
        <source>Disalin ke papan klip.</source>
        <translation>Copied to the clipboard.</translation>
    </message>
</context>
<context>
    <name>ProvincePage</name>
    <message>
        <location filename="../../ui/pages/province.py" line="63"/>
        <source>Belum ada kabupaten/kota yang berpasangan dengan provinsi ini. Tukar berkas perkenalan dengan setiap kabupaten/kota (tagana site card), lalu ambil berkas pertukaran mereka.</source>
        <translation>No kabupaten/kota is paired with this province yet. Exchange introduction files with each kabupaten/kota (tagana site card), then take in their exchange files.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="74"/>
        <location filename="../../ui/pages/province.py" line="79"/>
        <source>Kab/Kota</source>
        <translation>Kab/Kota</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="74"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="74"/>
        <location filename="../../ui/pages/province.py" line="79"/>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="74"/>
        <source>Pemohon</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="74"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="75"/>
        <source>Barang: diminta / disetujui / dikirim</source>
        <translation>Items: requested / approved / sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="79"/>
        <source>Desa/Kecamatan</source>
        <translation>Desa/Kecamatan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="79"/>
        <source>Penyaluran</source>
        <translation>Distributions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="80"/>
        <source>KK</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="80"/>
        <source>Jiwa</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="80"/>
        <source>Pengiriman</source>
        <translation>Dispatches</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="80"/>
        <source>Barang disalurkan</source>
        <translation>Goods distributed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="82"/>
        <source>Stok per barang</source>
        <translation>Stock per item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="83"/>
        <source>Permintaan terbuka</source>
        <translation>Open requests</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="84"/>
        <source>Penyaluran per desa</source>
        <translation>Distribution per village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="94"/>
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="95"/>
        <source>Keadaan setiap kabupaten/kota menurut berkas pertukaran terakhir yang dikirimnya: stok, permintaan, penyaluran dan relawan, berdampingan. Angka ini milik kabupaten/kota dan hanya dibaca di sini.</source>
        <translation>The state of each kabupaten/kota according to the last exchange file it sent: stock, requests, distribution and volunteers, side by side. These figures belong to the kabupaten/kota and are only read here.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="117"/>
        <source>Angka</source>
        <translation>Figure</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="126"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="126"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="146"/>
        <source>Belum ada berkas dari: {codes}.</source>
        <translation>No file yet from: {codes}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/province.py" line="157"/>
        <source>terlambat</source>
        <translation>overdue</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="342"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="349"/>
        <source>Alasan wajib diisi.</source>
        <translation>A reason is required.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="318"/>
        <source>Penerimaan barang</source>
        <translation>Receipt of goods</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="319"/>
        <source>Satu dokumen untuk semua barang yang datang bersama, mis. satu surat jalan Kemensos. Tidak ada yang dicatat sebelum Anda memeriksa ringkasannya.</source>
        <translation>One document for all the goods that came together, e.g. one Kemensos delivery note. Nothing is booked before you have checked its summary.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="321"/>
        <source>Penerimaan</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="321"/>
        <source>Cetak BAPB</source>
        <translation>Print BAPB</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="325"/>
        <source>mis. Direktorat PSKBA Kemensos RI</source>
        <translation>e.g. Direktorat PSKBA Kemensos RI</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="326"/>
        <source>nomor surat jalan / BAST pengirim</source>
        <translation>number of the sender&apos;s delivery note / BAST</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="327"/>
        <source>hh-bb-tttt</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="328"/>
        <source>Gudang</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="328"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="329"/>
        <source>Pengirim</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="329"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="330"/>
        <source>Nomor dokumen pengirim</source>
        <translation>Sender&apos;s document number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="331"/>
        <source>Tanggal dokumen pengirim</source>
        <translation>Sender&apos;s document date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="332"/>
        <source>Tanggal dokumen</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="334"/>
        <source>Catat penerimaan</source>
        <translation>Book the receipt</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="338"/>
        <source>Tanggal dokumen pengirim &apos;{value}&apos; tidak dikenali; tulis hh-bb-tttt.</source>
        <translation>Sender&apos;s document date &apos;{value}&apos; not recognised; write dd-mm-yyyy.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="343"/>
        <source>Gudang: {warehouse} · Sumber: {source} · Tanggal: {day}</source>
        <translation>Warehouse: {warehouse} · Source: {source} · Date: {day}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="348"/>
        <source>Dari: {sender}</source>
        <translation>From: {sender}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="349"/>
        <source>Dokumen pengirim: {number}</source>
        <translation>Sender&apos;s document: {number}</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Penerimaan barang</source>
        <translation type="vanished">Goods receipt</translation>
    </message>
    <message>
        <source>Barang masuk dari Kemensos, Dinsos Provinsi, pengadaan, donatur, atau kembali dari lokasi bencana.</source>
        <translation type="vanished">Goods coming in from the Ministry of Social Affairs (Kemensos), the provincial Dinsos, procurement, donors, or back from a disaster site.</translation>
    </message>
    <message>
        <source>mis. Direktorat PSKBA Kemensos RI</source>
        <translation type="vanished">e.g. Directorate PSKBA, Kemensos RI</translation>
    </message>
    <message>
        <source>kosongkan untuk nomor otomatis</source>
        <translation type="vanished">leave empty for an automatic number</translation>
    </message>
    <message>
        <source>satu nomor seri per baris</source>
        <translation type="vanished">one serial number per line</translation>
    </message>
    <message>
        <source>Gudang</source>
        <translation type="vanished">Warehouse</translation>
    </message>
    <message>
        <source>Barang</source>
        <translation type="vanished">Item</translation>
    </message>
    <message>
        <source>Jumlah</source>
        <translation type="vanished">Quantity</translation>
    </message>
    <message>
        <source>Satuan</source>
        <translation type="vanished">Unit</translation>
    </message>
    <message>
        <source>Sumber</source>
        <translation type="vanished">Source</translation>
    </message>
    <message>
        <source>Pengirim</source>
        <translation type="vanished">Sender</translation>
    </message>
    <message>
        <source>Nomor dokumen</source>
        <translation type="vanished">Document number</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation type="vanished">Batch</translation>
    </message>
    <message>
        <source>Kedaluwarsa</source>
        <translation type="vanished">Expiry date</translation>
    </message>
    <message>
        <source>Nomor seri</source>
        <translation type="vanished">Serial number</translation>
    </message>
    <message>
        <source>Kondisi</source>
        <translation type="vanished">Condition</translation>
    </message>
    <message>
        <source>Simpan penerimaan</source>
        <translation type="vanished">Save receipt</translation>
    </message>
    <message>
        <source>Pilih barang dari katalog.</source>
        <translation type="vanished">Choose an item from the catalogue.</translation>
    </message>
    <message>
        <source>Jumlah harus lebih dari nol.</source>
        <translation type="vanished">The quantity must be more than zero.</translation>
    </message>
    <message>
        <source>Tanggal kedaluwarsa {date} sudah lewat.</source>
        <translation type="vanished">The expiry date {date} has already passed.</translation>
    </message>
    <message>
        <source>{item} bernomor seri: isikan {qty} nomor seri (sekarang {given}).</source>
        <translation type="vanished">{item} is serial-numbered: enter {qty} serial numbers (now {given}).</translation>
    </message>
    <message>
        <source>Ada nomor seri yang ditulis dua kali.</source>
        <translation type="vanished">A serial number is entered twice.</translation>
    </message>
</context>
<context>
    <name>ReceiveTransferDialog</name>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="249"/>
        <location filename="../../ui/pages/transfer_dialogs.py" line="250"/>
        <location filename="../../ui/pages/transfer_dialogs.py" line="355"/>
        <location filename="../../ui/pages/transfer_dialogs.py" line="370"/>
        <source>Terima mutasi</source>
        <translation>Receive transfer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="251"/>
        <source>Hitung barang yang tiba di gudang tujuan. Bila kurang dari yang dikirim, isi alasannya: selisihnya dicatat sebagai hilang di perjalanan.</source>
        <translation>Count the goods that arrived at the destination. If fewer arrived than were sent, give the reason: the difference is recorded as lost on the way.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="261"/>
        <source>wajib bila tanggal terima sebelum hari ini</source>
        <translation>required when the date received is before today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="263"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="263"/>
        <source>Batch / nomor seri</source>
        <translation>Batch / serial number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="263"/>
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="264"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="264"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="267"/>
        <source>wajib bila ada selisih, mis. 10 kg karung sobek di perjalanan</source>
        <translation>required when there is a difference, e.g. 10 kg, sack torn on the way</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="268"/>
        <source>Mutasi</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="270"/>
        <source>Tanggal terima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="271"/>
        <source>Alasan tanggal mundur</source>
        <translation>Reason for the earlier date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="272"/>
        <source>Barang tiba</source>
        <translation>Goods arrived</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="273"/>
        <source>Alasan selisih</source>
        <translation>Reason for the difference</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="274"/>
        <source>Terima...</source>
        <translation>Receive...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="290"/>
        <source>Tidak ada mutasi dalam perjalanan.</source>
        <translation>No transfer is in transit.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="302"/>
        <source>Dari {source} ke {target}, dikirim {date}.</source>
        <translation>From {source} to {target}, sent {date}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="318"/>
        <source>Pilih mutasi yang diterima.</source>
        <translation>Choose the transfer being received.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="332"/>
        <source>Barang yang tiba kurang {n} dari yang dikirim: isi alasan selisih.</source>
        <translation>{n} fewer arrived than were sent: give the reason for the difference.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="338"/>
        <source>Tanggal terima {date} sebelum hari ini: isi alasan tanggal mundur.</source>
        <translation>Date received {date} is before today: give the reason for the earlier date.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="351"/>
        <source>Terima mutasi {number} di {target}.</source>
        <translation>Receive transfer {number} at {target}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="353"/>
        <source>Selisih {n} dicatat hilang di perjalanan: {reason}</source>
        <translation>A difference of {n} is recorded as lost on the way: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="367"/>
        <source>Mutasi {number} diterima di {target}.</source>
        <translation>Transfer {number} received at {target}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="369"/>
        <source>Selisih {n} dicatat hilang di perjalanan.</source>
        <translation>A difference of {n} is recorded as lost on the way.</translation>
    </message>
</context>
<context>
    <name>RecordRequestDialog</name>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="161"/>
        <source>Catat permintaan</source>
        <translation>Record request</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="162"/>
        <source>Catat permintaan bantuan</source>
        <translation>Record a request for aid</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="163"/>
        <source>Isi sesuai surat yang diterima. Nomor agenda diberikan otomatis; pejabat memutuskan sesudahnya.</source>
        <translation>Fill in as in the letter received. The register number is given automatically; an official decides afterwards.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="172"/>
        <source>mis. Suparman</source>
        <translation>e.g. Suparman</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="174"/>
        <source>Kepala Desa, Camat, koordinator posko...</source>
        <translation>Village head, district head, post coordinator...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="176"/>
        <source>NIK 16 angka atau NIP 18 angka (boleh kosong)</source>
        <translation>NIK 16 digits or NIP 18 digits (may be empty)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="178"/>
        <source>mis. 140/27/DS-SRK/2026</source>
        <translation>e.g. 140/27/DS-SRK/2026</translation>
    </message>
    <message>
        <source>diterima</source>
        <translation type="vanished">received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="185"/>
        <source>Tanggal diterima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="188"/>
        <source>Barang atau kategori kebutuhan</source>
        <translation>Item or need category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="188"/>
        <source>Tambah barang</source>
        <translation>Add goods</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="189"/>
        <source>Keahlian relawan</source>
        <translation>Volunteer skill</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="189"/>
        <source>Tambah relawan</source>
        <translation>Add volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="192"/>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="192"/>
        <source>Jenis pemohon</source>
        <translation>Requester type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="193"/>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="193"/>
        <source>Nama pemohon</source>
        <translation>Requester name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="194"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="194"/>
        <source>NIK/NIP</source>
        <translation>NIK/NIP</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="195"/>
        <source>Nomor surat</source>
        <translation>Letter number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="197"/>
        <source>Tanggal surat</source>
        <translation>Letter date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="198"/>
        <source>Barang diminta</source>
        <translation>Goods asked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="199"/>
        <source>Relawan diminta</source>
        <translation>Volunteers asked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="200"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="201"/>
        <source>Simpan permintaan</source>
        <translation>Save request</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="222"/>
        <source>Wilayah pemohon wajib diisi.</source>
        <translation>The requester&apos;s region is required.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="225"/>
        <source>Nama pemohon wajib diisi.</source>
        <translation>The requester&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="228"/>
        <source>Tambahkan barang atau relawan yang diminta.</source>
        <translation>Add the goods or volunteers asked for.</translation>
    </message>
</context>
<context>
    <name>RegionField</name>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="65"/>
        <source>Ketik nama atau kode desa/kecamatan</source>
        <translation>Type a village/district name or code</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="156"/>
        <source>Ketik nama atau kode kecamatan/desa, mis. Karang Tinggi atau 17.09.01</source>
        <translation>Type the name or code of a district/village, e.g. Karang Tinggi or 17.09.01</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="164"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="172"/>
        <source>Hapus dari daftar</source>
        <translation>Remove from list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="192"/>
        <source>- pilih kecamatan -</source>
        <translation>- choose district -</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="102"/>
        <source>(seluruh kecamatan)</source>
        <translation>(whole district)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="204"/>
        <source>{name} ({kind}), {path} · {code}</source>
        <translation>{name} ({kind}), {path} · {code}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="209"/>
        <source>Cocok: {names}</source>
        <translation>Matches: {names}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="210"/>
        <source>Tidak ada wilayah yang cocok.</source>
        <translation>No matching area.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../ui/pages/reports.py" line="87"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="87"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="126"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="128"/>
        <source>Laporan pertanggungjawaban untuk pimpinan dan pemeriksa: tampilkan di layar, lalu simpan sebagai Excel (.xlsx) atau PDF berkop surat.</source>
        <translation>Accountability reports for management and auditors: show them on screen, then save as Excel (.xlsx) or as PDF on letterhead.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="148"/>
        <source>Batasi periode</source>
        <translation>Limit the period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="151"/>
        <source>Semua gudang</source>
        <translation>All warehouses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="153"/>
        <source>Semua kejadian</source>
        <translation>All incidents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="158"/>
        <source>kode wilayah, mis. 17.09.01</source>
        <translation>area code, e.g. 17.09.01</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="179"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="181"/>
        <source>&amp;Laporan</source>
        <translation>&amp;Report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="184"/>
        <source>Posisi per tanggal</source>
        <translation>Position as of</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="185"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="188"/>
        <source>Gudang</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="189"/>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="190"/>
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="198"/>
        <source>&amp;Tampilkan</source>
        <translation>&amp;Show</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="201"/>
        <source>Simpan Excel (.xlsx)...</source>
        <translation>Save Excel (.xlsx)...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="203"/>
        <source>Simpan PDF...</source>
        <translation>Save PDF...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="212"/>
        <source>Pilih laporan dan filter, lalu klik Tampilkan.</source>
        <translation>Choose a report and filters, then click Show.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="306"/>
        <source>Menyusun laporan...</source>
        <translation>Building the report...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="307"/>
        <source>Menyusun laporan {title}...</source>
        <translation>Building the report {title}...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="315"/>
        <source>Dibatalkan.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="329"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="373"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="374"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="376"/>
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="392"/>
        <source>Menyimpan {name}...</source>
        <translation>Saving {name}...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/reports.py" line="396"/>
        <source>Disimpan: {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>RequestDetail</name>
    <message>
        <location filename="../../ui/pages/requests.py" line="75"/>
        <source>Barang / relawan</source>
        <translation>Goods / volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="75"/>
        <source>Diminta</source>
        <translation>Asked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="75"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="76"/>
        <source>Dipenuhi</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="76"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="83"/>
        <source>Disposisi...</source>
        <translation>Decide...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="84"/>
        <source>Buat pengiriman...</source>
        <translation>Make dispatch...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="85"/>
        <source>Tugaskan relawan...</source>
        <translation>Assign volunteers...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="86"/>
        <source>Batalkan permintaan...</source>
        <translation>Cancel request...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="113"/>
        <source>Pilih permintaan di daftar, atau catat permintaan baru.</source>
        <translation>Choose a request in the list, or record a new one.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="117"/>
        <source> · melewati standar pelayanan</source>
        <translation> · past the service standard</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="118"/>
        <source>{number} · {status}</source>
        <translation>{number} · {status}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="123"/>
        <source>Pemohon: {who}; {kind} {region}</source>
        <translation>Requester: {who}; {kind} {region}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="125"/>
        <source>Surat {letter} tanggal {day}, diterima {received} oleh {user}</source>
        <translation>Letter {letter} dated {day}, received {received} by {user}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="128"/>
        <source>Kejadian: {incident} {name}</source>
        <translation>Incident: {incident} {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="129"/>
        <source>Keterangan: {text}</source>
        <translation>Remarks: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="135"/>
        <source>Relawan {skill}</source>
        <translation>Volunteers: {skill}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="136"/>
        <source>orang</source>
        <translation>persons</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="143"/>
        <source>Disposisi oleh {user}: {note}</source>
        <translation>Decided by {user}: {note}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="146"/>
        <source>Menunggu disposisi pejabat.</source>
        <translation>Waiting for an official&apos;s decision.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="148"/>
        <source>Dibatalkan oleh {user}: {reason}</source>
        <translation>Cancelled by {user}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="150"/>
        <source>Pengiriman: {numbers}</source>
        <translation>Dispatches: {numbers}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="172"/>
        <source>Pengiriman dibuat oleh koordinator.</source>
        <translation>Dispatches are made by a coordinator.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="197"/>
        <location filename="../../ui/pages/requests.py" line="199"/>
        <source>Batalkan permintaan</source>
        <translation>Cancel request</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="197"/>
        <source>Batalkan {number}</source>
        <translation>Cancel {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="198"/>
        <source>Permintaan yang dibatalkan tidak lagi dijawab pengiriman atau penugasan.</source>
        <translation>A cancelled request is no longer answered by dispatches or assignments.</translation>
    </message>
</context>
<context>
    <name>RequestDispatchDialog</name>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="369"/>
        <source>Pengiriman untuk {number}</source>
        <translation>Dispatch for {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="388"/>
        <source>Barang dari permintaan</source>
        <translation>Goods of the request</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="389"/>
        <source>Buat pengiriman</source>
        <translation>Create dispatch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="408"/>
        <source>{name}: kurang {owed} {unit}</source>
        <translation>{name}: {owed} {unit} still owed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="412"/>
        <source>{name} ({code}) – bebas {free} {unit}</source>
        <translation>{name} ({code}) – {free} {unit} free</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="419"/>
        <source>tidak ada stok bebas di gudang ini</source>
        <translation>no free stock in this warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="427"/>
        <source>Tidak ada lagi yang terutang dari permintaan ini.</source>
        <translation>Nothing of this request is still owed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="449"/>
        <source>Tujuan dan nama penerima wajib diisi.</source>
        <translation>Destination and recipient name are required.</translation>
    </message>
</context>
<context>
    <name>RequestListModel</name>
    <message>
        <location filename="../../ui/pages/request_model.py" line="70"/>
        <source>Nomor agenda</source>
        <translation>Register no.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_model.py" line="71"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_model.py" line="72"/>
        <source>Pemohon</source>
        <translation>Requester</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_model.py" line="73"/>
        <source>Wilayah</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_model.py" line="74"/>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_model.py" line="75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_model.py" line="76"/>
        <source> · terlambat</source>
        <translation> · overdue</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_model.py" line="77"/>
        <source>Diminta</source>
        <translation>Asked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_model.py" line="78"/>
        <source>Dipenuhi</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_model.py" line="83"/>
        <source>{n} jenis barang</source>
        <translation>{n} kinds of goods</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_model.py" line="86"/>
        <source>{n} relawan</source>
        <translation>{n} volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/request_model.py" line="94"/>
        <source>{done} dari {all}</source>
        <translation>{done} of {all}</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../ui/pages/requests.py" line="237"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="238"/>
        <source>Perlu tindakan</source>
        <translation>Needs action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="243"/>
        <location filename="../../ui/pages/requests.py" line="290"/>
        <source>Semua kejadian</source>
        <translation>All incidents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="246"/>
        <source>Catat permintaan...</source>
        <translation>Record request...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="273"/>
        <source>Permintaan bantuan</source>
        <translation>Requests for aid</translation>
    </message>
    <message>
        <location filename="../../ui/pages/requests.py" line="274"/>
        <source>Surat permintaan dari desa, kecamatan, posko atau instansi: dicatat koordinator, didisposisi pejabat, dipenuhi dengan pengiriman dan penugasan relawan.</source>
        <translation>Letters asking for aid from villages, districts, posts or offices: recorded by a coordinator, decided by an official, fulfilled by dispatches and volunteer assignments.</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="200"/>
        <source>Pengembalian barang</source>
        <translation>Goods return</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="201"/>
        <source>Pengembalian dari {number}</source>
        <translation>Return from {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="202"/>
        <source>Peralatan dan barang yang tidak terpakai masuk kembali ke gudang asal.</source>
        <translation>Equipment and unused goods go back into the warehouse they came from.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="212"/>
        <source>Baik</source>
        <translation>Good</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="212"/>
        <source>Rusak ringan</source>
        <translation>Slightly damaged</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="213"/>
        <source>Rusak berat</source>
        <translation>Badly damaged</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="218"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="218"/>
        <source>Pindai label</source>
        <translation>Scan label</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="219"/>
        <source>Nomor seri</source>
        <translation>Serial numbers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="220"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="220"/>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="221"/>
        <location filename="../../ui/pages/loan_dialogs.py" line="227"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="225"/>
        <source>Catat pengembalian</source>
        <translation>Record return</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="243"/>
        <source>{serial} (kondisi terakhir: {condition})</source>
        <translation>{serial} (last condition: {condition})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="281"/>
        <source>Pindai label: {code} bukan unit yang masih keluar pada pengiriman ini.</source>
        <translation>Scan label: {code} is not a unit still out on this dispatch.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="291"/>
        <source>Centang nomor seri unit yang kembali.</source>
        <translation>Tick the serial numbers of the units that came back.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dispatch_dialogs.py" line="294"/>
        <source>Pilih barang dan jumlah yang kembali.</source>
        <translation>Choose the item and the quantity returned.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="204"/>
        <location filename="../../ui/pages/loan_dialogs.py" line="205"/>
        <location filename="../../ui/pages/loan_dialogs.py" line="240"/>
        <source>Terima kembali peralatan</source>
        <translation>Take equipment back</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="206"/>
        <source>Pinjam pakai {number}: {borrower}, wajib kembali {due}.</source>
        <translation>Loan {number}: {borrower}, due back {due}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="214"/>
        <source>{item}: {serial}  (keluar {condition})</source>
        <translation>{item}: {serial}  (left in {condition})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="225"/>
        <source>Unit kembali</source>
        <translation>Units back</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="226"/>
        <source>Kondisi kembali</source>
        <translation>Condition back</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="228"/>
        <source>Terima kembali...</source>
        <translation>Take back...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="235"/>
        <source>Centang paling sedikit satu unit yang kembali.</source>
        <translation>Tick at least one unit that came back.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/loan_dialogs.py" line="238"/>
        <source>Terima kembali {n} unit ({serials}) dalam kondisi {condition}?</source>
        <translation>Take back {n} units ({serials}) in condition {condition}?</translation>
    </message>
</context>
<context>
    <name>RevokePoskoDialog</name>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="248"/>
        <location filename="../../ui/pages/posko_dialogs.py" line="254"/>
        <location filename="../../ui/pages/posko_dialogs.py" line="262"/>
        <source>Cabut posko</source>
        <translation>Revoke command post</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="249"/>
        <source>Cabut posko {code} – {name}</source>
        <translation>Revoke command post {code} – {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="250"/>
        <source>Misalnya laptop posko hilang. Setelah dicabut, setiap berkas dari posko ini ditolak dan tidak ada berkas lagi untuknya. Pencabutan tidak dapat dibatalkan.</source>
        <translation>For example when the command post laptop is lost. Once revoked, every file from this command post is refused and no more files are made for it. A revocation cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="253"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="260"/>
        <source>Alasan wajib diisi.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="263"/>
        <source>Cabut posko {code}? Berkas darinya tidak akan diterima lagi.</source>
        <translation>Revoke command post {code}? Files from it will no longer be accepted.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/pages/users.py" line="182"/>
        <source>Ubah peran: {user}</source>
        <translation>Change role: {user}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="187"/>
        <source>Peran sekarang</source>
        <translation>Current role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="188"/>
        <source>Peran baru</source>
        <translation>New role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="189"/>
        <location filename="../../ui/pages/users.py" line="198"/>
        <source>Ubah peran</source>
        <translation>Change role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="196"/>
        <source>Pilih peran yang lain dari peran sekarang.</source>
        <translation>Choose a role other than the current one.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="199"/>
        <source>Ubah peran {user} dari {old} menjadi {new}? Tombol dan menu yang ia lihat berubah saat ia masuk lagi.</source>
        <translation>Change the role of {user} from {old} to {new}? The buttons and menus they see change when they next log in.</translation>
    </message>
</context>
<context>
    <name>RowErrorModel</name>
    <message>
        <location filename="../../ui/file_import.py" line="44"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="44"/>
        <source>Kolom</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../ui/file_import.py" line="45"/>
        <source>Masalah</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ScanField</name>
    <message>
        <location filename="../../ui/scan.py" line="162"/>
        <source>pindai label unit (atau ketik U:KODE:SERI) lalu Enter</source>
        <translation>scan a unit label (or type U:CODE:SERIAL), then Enter</translation>
    </message>
</context>
<context>
    <name>SendTransferDialog</name>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="73"/>
        <location filename="../../ui/pages/transfer_dialogs.py" line="204"/>
        <source>Kirim mutasi</source>
        <translation>Send transfer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="74"/>
        <source>Kirim mutasi antargudang</source>
        <translation>Send a transfer between warehouses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="75"/>
        <source>Barang keluar dari gudang asal dan tercatat dalam perjalanan sampai diterima di gudang tujuan. Batch yang paling awal kedaluwarsa diambil lebih dulu; batch kedaluwarsa tidak dikirim.</source>
        <translation>The goods leave the source warehouse and are recorded as in transit until received at the destination. The batch expiring first is taken first; expired batches are not sent.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="88"/>
        <source>wajib bila tanggal kirim sebelum hari ini</source>
        <translation>required when the date sent is before today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="93"/>
        <source>mis. BD 8123 AB</source>
        <translation>e.g. BD 8123 AB</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="95"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="95"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="95"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="97"/>
        <source>Tambah baris</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="100"/>
        <source>Hapus baris</source>
        <translation>Remove row</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="112"/>
        <source>Dari gudang</source>
        <translation>From warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="113"/>
        <source>Ke gudang</source>
        <translation>To warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="114"/>
        <source>Tanggal kirim</source>
        <translation>Date sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="115"/>
        <source>Alasan tanggal mundur</source>
        <translation>Reason for the earlier date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="116"/>
        <source>Pengemudi</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="117"/>
        <source>Kendaraan</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="118"/>
        <source>Barang dikirim</source>
        <translation>Goods sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="121"/>
        <source>Kirim...</source>
        <translation>Send...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="122"/>
        <source>Cetak Surat Jalan</source>
        <translation>Print delivery note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="156"/>
        <source>Gudang asal dan tujuan sama; pilih gudang tujuan lain.</source>
        <translation>The source and destination warehouses are the same; choose another destination.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="166"/>
        <source>Baris {row}: pilih barang dari katalog.</source>
        <translation>Row {row}: choose an item from the catalogue.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="170"/>
        <source>Baris {row}: jumlah harus lebih dari nol.</source>
        <translation>Row {row}: the quantity must be more than zero.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="176"/>
        <source>Isikan paling sedikit satu barang yang dikirim.</source>
        <translation>Enter at least one item to send.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="180"/>
        <source>Tanggal kirim {date} sebelum hari ini: isi alasan tanggal mundur.</source>
        <translation>Date sent {date} is before today: give the reason for the earlier date.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="187"/>
        <source>Kirim dari {source} ke {target}, tanggal {date}:</source>
        <translation>Send from {source} to {target}, dated {date}:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="193"/>
        <source>Stok gudang asal langsung berkurang; barang tercatat dalam perjalanan.</source>
        <translation>The source warehouse&apos;s stock goes down at once; the goods are recorded as in transit.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="218"/>
        <source>Mutasi {number} dikirim: {count} baris dalam perjalanan ke {target}.</source>
        <translation>Transfer {number} sent: {count} lines in transit to {target}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/transfer_dialogs.py" line="221"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>SetStatusDialog</name>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="189"/>
        <source>Tetapkan status darurat</source>
        <translation>Set the emergency status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="190"/>
        <source>Kejadian {number}: status dan SK yang menetapkannya.</source>
        <translation>Incident {number}: the status and the decree that declares it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="195"/>
        <source>mis. 360/123/B.IV/2026</source>
        <translation>e.g. 360/123/B.IV/2026</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="197"/>
        <source>mis. Bupati Bengkulu Tengah</source>
        <translation>e.g. Bupati Bengkulu Tengah</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="202"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="203"/>
        <source>Nomor SK</source>
        <translation>Decree number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="204"/>
        <source>Tanggal SK</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="205"/>
        <source>Penerbit SK</source>
        <translation>Decree issued by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="206"/>
        <source>Berlaku mulai</source>
        <translation>In force from</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="207"/>
        <source>Sampai</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="208"/>
        <source>Tetapkan</source>
        <translation>Set</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="27"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="36"/>
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="37"/>
        <source>Aturan &amp;&amp; penomoran</source>
        <translation>Rules &amp;&amp; numbering</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="38"/>
        <source>Komputer ini</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="39"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="40"/>
        <source>Tanda tangan elektronik</source>
        <translation>Electronic signature</translation>
    </message>
</context>
<context>
    <name>SiteTimeDialog</name>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="438"/>
        <source>Check-in</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="438"/>
        <source>Check-out</source>
        <translation>Check out</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="439"/>
        <source>Catat kedatangan di lokasi</source>
        <translation>Record arrival on site</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="439"/>
        <source>Catat kepulangan dari lokasi</source>
        <translation>Record departure from site</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="440"/>
        <source>{name} ({role}), penugasan {start} s.d. {end}.</source>
        <translation>{name} ({role}), assigned {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="444"/>
        <location filename="../../ui/pages/incident_dialogs.py" line="449"/>
        <source>Waktu datang</source>
        <translation>Arrived at</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="449"/>
        <source>Waktu pulang</source>
        <translation>Left at</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="450"/>
        <source>Catat check-in</source>
        <translation>Record check-in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="450"/>
        <source>Catat check-out</source>
        <translation>Record check-out</translation>
    </message>
</context>
<context>
    <name>SkillsEditor</name>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="74"/>
        <source>Keahlian dan sertifikat</source>
        <translation>Skills and certificates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="79"/>
        <source>Simpan keahlian</source>
        <translation>Save skill</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="80"/>
        <source>Hapus keahlian</source>
        <translation>Remove skill</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="86"/>
        <source>Keahlian</source>
        <translation>Skill</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="86"/>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="101"/>
        <source>Pelatihan</source>
        <translation>Training</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="87"/>
        <source>Sertifikat berlaku s.d.</source>
        <translation>Certificate valid until</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="103"/>
        <source>Sertifikat s.d.</source>
        <translation>Certificate until</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="140"/>
        <source>Sertifikat sudah habis berlaku</source>
        <translation>The certificate has expired</translation>
    </message>
</context>
<context>
    <name>StartCountDialog</name>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="106"/>
        <location filename="../../ui/pages/stock_papers.py" line="107"/>
        <source>Mulai stock opname</source>
        <translation>Start a stock count</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="108"/>
        <source>Saldo buku dipotret pada cut-off; tim yang dicatat di sini tercantum dan menandatangani Berita Acara Stock Opname.</source>
        <translation>The book balances are taken at the cut-off; the team recorded here is named in, and signs, the stock count record.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="120"/>
        <source>Gudang</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="121"/>
        <source>Cut-off</source>
        <translation>Cut-off</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="122"/>
        <source>Tim opname</source>
        <translation>Count team</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="123"/>
        <source>Mulai opname</source>
        <translation>Start count</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="129"/>
        <source>Isikan tim opname: nama, NIP dan peran setiap anggota.</source>
        <translation>Enter the count team: name, NIP and role of each member.</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="479"/>
        <source>Ubah status darurat</source>
        <translation>Change emergency status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="480"/>
        <source>Status darurat {number}</source>
        <translation>Emergency status {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="491"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="495"/>
        <source>Status darurat</source>
        <translation>Emergency status</translation>
    </message>
    <message>
        <source>Nomor SK</source>
        <translation type="vanished">Decree (SK) number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="497"/>
        <source>Masa status</source>
        <translation>Status period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="498"/>
        <source>Lokasi posko</source>
        <translation>Command post location</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="499"/>
        <source>Simpan status</source>
        <translation>Save status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_dialogs.py" line="506"/>
        <source>Akhir masa status sebelum awalnya.</source>
        <translation>The status period ends before it starts.</translation>
    </message>
</context>
<context>
    <name>StatusHistoryModel</name>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="64"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="65"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="66"/>
        <source>Nomor SK</source>
        <translation>Decree number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="67"/>
        <source>Tanggal SK</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="68"/>
        <source>Penerbit</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="69"/>
        <source>Masa berlaku</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/emergency_dialogs.py" line="70"/>
        <source>Dicatat oleh</source>
        <translation>Recorded by</translation>
    </message>
</context>
<context>
    <name>StepWizard</name>
    <message>
        <location filename="../../ui/posko_setup.py" line="181"/>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="182"/>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="183"/>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="184"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StockImportDialog</name>
    <message>
        <location filename="../../ui/pages/stock_import.py" line="50"/>
        <source>Impor saldo awal stok</source>
        <translation>Import opening stock</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_import.py" line="52"/>
        <source>Pilih daftar saldo awal (.xlsx atau .csv) dengan kolom Gudang, Kode Barang dan Jumlah (juga Batch, Kedaluwarsa, Nomor Seri, Kondisi, Satuan, Keterangan). Seluruh berkas diperiksa dulu; tidak ada yang disimpan bila satu baris pun salah.</source>
        <translation>Choose an opening stock list (.xlsx or .csv) with the columns Gudang, Kode Barang and Jumlah (also Batch, Kedaluwarsa, Nomor Seri, Kondisi, Satuan, Keterangan). The whole file is checked first; nothing is saved if any row is wrong.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_import.py" line="59"/>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_import.py" line="60"/>
        <source>Lembar yang dibaca:</source>
        <translation>Sheet read:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_import.py" line="71"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_import.py" line="74"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_import.py" line="76"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_import.py" line="95"/>
        <source>Pilih daftar saldo awal</source>
        <translation>Choose an opening stock list</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_import.py" line="96"/>
        <source>Daftar stok (*.xlsx *.csv);;Buku kerja Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Stock list (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_import.py" line="112"/>
        <source>(berkas CSV: satu tabel)</source>
        <translation>(CSV file: one table)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_import.py" line="114"/>
        <source>{sheet} (lembar pertama yang terlihat)</source>
        <translation>{sheet} (the first visible sheet)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_import.py" line="125"/>
        <source>Membukukan baris {done} dari {total}...</source>
        <translation>Booking row {done} of {total}...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_import.py" line="127"/>
        <source>Memeriksa baris {done} dari {total}...</source>
        <translation>Checking row {done} of {total}...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_import.py" line="139"/>
        <source>Membaca {name}...</source>
        <translation>Reading {name}...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_import.py" line="150"/>
        <source>Saldo awal {number} diimpor dari lembar &apos;{sheet}&apos;: {rows} baris, {qty} satuan barang.</source>
        <translation>Opening stock {number} imported from sheet &apos;{sheet}&apos;: {rows} rows, {qty} units of goods.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_import.py" line="164"/>
        <source>Dibatalkan; tidak ada yang disimpan.</source>
        <translation>Cancelled; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_import.py" line="170"/>
        <source>Berkas tidak diimpor: {n} kesalahan (terdaftar di bawah, per baris dan kolom). Perbaiki berkas lalu impor lagi.</source>
        <translation>File not imported: {n} mistakes (listed below, by row and column). Fix the file and import it again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_import.py" line="180"/>
        <source>Membatalkan; tidak ada yang disimpan...</source>
        <translation>Cancelling; nothing is saved...</translation>
    </message>
</context>
<context>
    <name>StockModel</name>
    <message>
        <location filename="../../ui/pages/stock_model.py" line="53"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_model.py" line="53"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_model.py" line="53"/>
        <source>Gudang</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_model.py" line="54"/>
        <source>Stok</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_model.py" line="54"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_model.py" line="54"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_model.py" line="55"/>
        <source>Kedaluwarsa terdekat</source>
        <translation>Nearest expiry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_model.py" line="55"/>
        <source>Peringatan</source>
        <translation>Warning</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_model.py" line="57"/>
        <source>Kedaluwarsa</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_model.py" line="57"/>
        <source>Segera kedaluwarsa</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_model.py" line="58"/>
        <source>Di bawah minimum</source>
        <translation>Below minimum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_model.py" line="76"/>
        <source>{reserved} dicadangkan; tersedia {available}</source>
        <translation>{reserved} reserved; {available} available</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../ui/pages/stock.py" line="227"/>
        <source>Gudang &amp; Stok</source>
        <translation>Warehouse &amp; Stock</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="228"/>
        <source>Stok setiap barang di setiap gudang dan lumbung sosial, dengan peringatan stok minimum dan kedaluwarsa. Pilih satu baris untuk melihat batch dan kartu persediaannya.</source>
        <translation>Stock of every item in every warehouse and social buffer store (lumbung sosial), with minimum stock and expiry warnings. Select a row to see its batches and stock card.</translation>
    </message>
    <message>
        <source>Cari nama atau kode barang, atau nama gudang...</source>
        <translation type="vanished">Search item name or code, or warehouse name...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="126"/>
        <source>Semua gudang</source>
        <translation>All warehouses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="128"/>
        <source>Semua kategori</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="130"/>
        <source>Semua stok</source>
        <translation>All stock</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="130"/>
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="131"/>
        <source>Di bawah minimum</source>
        <translation>Below minimum</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="131"/>
        <source>Segera kedaluwarsa</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="132"/>
        <location filename="../../ui/pages/stock.py" line="178"/>
        <source>Kedaluwarsa</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="143"/>
        <source>Terima barang...</source>
        <translation>Receive goods...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="146"/>
        <source>Keluarkan barang...</source>
        <translation>Issue goods...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="148"/>
        <source>Ekspor ke Excel...</source>
        <translation>Export to Excel...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="150"/>
        <source>Impor saldo awal...</source>
        <translation>Import opening stock...</translation>
    </message>
    <message>
        <source>Mulai stock opname...</source>
        <translation type="vanished">Start stock count...</translation>
    </message>
    <message>
        <source>BA Stock Opname...</source>
        <translation type="vanished">Stock count record...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="155"/>
        <source>BA Penghapusan...</source>
        <translation>Write-off record...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="161"/>
        <source>Tugas gudang</source>
        <translation>Warehouse tasks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="178"/>
        <location filename="../../ui/pages/stock.py" line="213"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="178"/>
        <location filename="../../ui/pages/stock.py" line="217"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="178"/>
        <source>Dicadangkan</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="179"/>
        <location filename="../../ui/pages/stock.py" line="217"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Tanggal</source>
        <translation type="vanished">Date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="117"/>
        <source>Cari nama, kode atau barcode barang, nama gudang, atau pindai label unit (Ctrl+F)...</source>
        <translation>Search an item&apos;s name, code or barcode, a warehouse name, or scan a unit label (Ctrl+F)...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="180"/>
        <source>Nomor dokumen</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="180"/>
        <source>Tgl dokumen</source>
        <translation>Document date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="180"/>
        <source>Tgl dicatat</source>
        <translation>Recorded on</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="181"/>
        <source>Dari / kepada</source>
        <translation>From / to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="181"/>
        <source>Masuk</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="181"/>
        <source>Keluar</source>
        <translation>Out</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="181"/>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="182"/>
        <source>Nilai saldo (Rp)</source>
        <translation>Balance value (Rp)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="182"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="185"/>
        <source>Cetak dokumen</source>
        <translation>Print document</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="186"/>
        <source>Cetak Berita Acara Penerimaan Barang, Surat Bukti Barang Keluar atau Surat Jalan mutasi dari baris kartu persediaan yang dipilih</source>
        <translation>Print the goods receipt record, the goods issue slip or the transfer delivery note of the selected stock card line</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="190"/>
        <source>Koreksi...</source>
        <translation>Correct...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="191"/>
        <source>Balik penerimaan atau pengeluaran baris yang dipilih dengan dokumen koreksi</source>
        <translation>Reverse the receipt or issue of the selected line with a correction document</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="205"/>
        <source>Nomor seri</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="205"/>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="205"/>
        <source>Tempat</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="208"/>
        <source>Ajukan penghapusan batch yang dipilih</source>
        <translation>Request a write-off of the selected batch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="209"/>
        <source>Ajukan penghapusan unit yang dipilih</source>
        <translation>Request a write-off of the selected units</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="214"/>
        <source>Kartu persediaan</source>
        <translation>Stock card</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="215"/>
        <source>Unit peralatan</source>
        <translation>Equipment units</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="216"/>
        <source>Nomor mutasi</source>
        <translation>Transfer number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="216"/>
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="216"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="216"/>
        <source>Ke</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="217"/>
        <source>Batch / nomor seri</source>
        <translation>Batch / serial number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="218"/>
        <location filename="../../ui/pages/stock.py" line="396"/>
        <source>Dalam perjalanan</source>
        <translation>In transit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="248"/>
        <location filename="../../ui/pages/stock.py" line="431"/>
        <source>Ajukan penghapusan...</source>
        <translation>Request write-off...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="251"/>
        <source>Daftar penghapusan...</source>
        <translation>Write-offs...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="244"/>
        <source>Stock opname...</source>
        <translation>Stock count...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="255"/>
        <source>Pinjam pakai...</source>
        <translation>Lend equipment...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="257"/>
        <source>Daftar pinjam pakai...</source>
        <translation>Equipment loans...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="262"/>
        <source>Cetak label...</source>
        <translation>Print labels...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="236"/>
        <source>Kirim mutasi...</source>
        <translation>Send transfer...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="239"/>
        <source>Terima mutasi...</source>
        <translation>Receive transfer...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="349"/>
        <source>{shown} dari {total} baris stok ditampilkan</source>
        <translation>{shown} of {total} stock rows shown</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="389"/>
        <source>{place}, diajukan dihapus ({number})</source>
        <translation>{place}, write-off requested ({number})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="395"/>
        <source>Dalam perjalanan ({n})</source>
        <translation>In transit ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="399"/>
        <source>(tanpa batch)</source>
        <translation>(no batch)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="411"/>
        <source>Dokumen pengirim/permintaan: {number}</source>
        <translation>Sender&apos;s/request document: {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="414"/>
        <location filename="../../ui/pages/stock.py" line="473"/>
        <source>Tanggal mundur: {reason}</source>
        <translation>Back-dated: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="421"/>
        <source>diajukan dihapus {qty} ({number})</source>
        <translation>write-off requested {qty} ({number})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="619"/>
        <location filename="../../ui/pages/stock.py" line="628"/>
        <source>Ekspor stok</source>
        <translation>Export stock</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="619"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="627"/>
        <source>Mengekspor daftar stok...</source>
        <translation>Exporting the stock list...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock.py" line="629"/>
        <source>{n} baris stok ditulis ke {path}.</source>
        <translation>{n} stock rows written to {path}.</translation>
    </message>
</context>
<context>
    <name>SuggestionModel</name>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="275"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="276"/>
        <source>NIAT</source>
        <translation>NIAT</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="277"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="278"/>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="279"/>
        <source>Tugas 90 hari</source>
        <translation>Duty days (90)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="280"/>
        <source>Alasan peringkat</source>
        <translation>Why this rank</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../ui/pages/summary_dialog.py" line="40"/>
        <source>Ringkasan WhatsApp harian</source>
        <translation>Daily WhatsApp summary</translation>
    </message>
    <message>
        <location filename="../../ui/pages/summary_dialog.py" line="41"/>
        <source>Kejadian aktif, barang keluar gudang, permintaan hari itu dan yang terlambat.</source>
        <translation>Active incidents, goods out of the warehouses, that day&apos;s requests and the overdue ones.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/summary_dialog.py" line="43"/>
        <source>Ringkasan WhatsApp {number}</source>
        <translation>WhatsApp summary {number}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/summary_dialog.py" line="44"/>
        <source>Laporan situasi kejadian untuk ditempel ke grup koordinasi.</source>
        <translation>The incident&apos;s situation report, to paste into the coordination group.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/summary_dialog.py" line="49"/>
        <source>Memuat ringkasan...</source>
        <translation>Loading the summary...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/summary_dialog.py" line="57"/>
        <source>Salin</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/summary_dialog.py" line="61"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/summary_dialog.py" line="65"/>
        <source>Tanggal:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/summary_dialog.py" line="97"/>
        <source>{n} karakter</source>
        <translation>{n} characters</translation>
    </message>
    <message>
        <location filename="../../ui/pages/summary_dialog.py" line="102"/>
        <source>Disalin</source>
        <translation>Copied</translation>
    </message>
</context>
<context>
    <name>TakeReplyDialog</name>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="184"/>
        <source>Ambil balasan posko</source>
        <translation>Take in command post reply</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="185"/>
        <source>Ambil berkas balasan posko</source>
        <translation>Take in command post reply file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="186"/>
        <source>Pilih berkas &lt;KODE&gt;-balasan.tagana dari laptop posko, lalu ketik sidik kunci posko yang dibacakan petugasnya lewat telepon. Berkas yang sidiknya tidak sama ditolak; tidak ada yang diubah.</source>
        <translation>Choose the file &lt;CODE&gt;-balasan.tagana from the command post laptop, then type the command post key fingerprint its officer reads out over the phone. A file whose fingerprint does not match is refused; nothing is changed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="189"/>
        <source>berkas balasan</source>
        <translation>reply file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="190"/>
        <source>Pilih...</source>
        <translation>Choose...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="199"/>
        <source>Berkas balasan</source>
        <translation>Reply file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="200"/>
        <source>Sidik kunci posko yang dibacakan</source>
        <translation>Command post key fingerprint as read out</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="201"/>
        <source>Ambil balasan</source>
        <translation>Take in reply</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="206"/>
        <source>Pilih berkas balasan posko</source>
        <translation>Choose command post reply file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="207"/>
        <source>Berkas Tagana (*.tagana)</source>
        <translation>Tagana files (*.tagana)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="215"/>
        <source>Pilih berkas balasan posko.</source>
        <translation>Choose the command post reply file.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="218"/>
        <source>Ketik sidik kunci yang dibacakan petugas posko.</source>
        <translation>Type the key fingerprint read out by the command post officer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="223"/>
        <source>Berkas &apos;{path}&apos; tidak dapat dibaca: {reason}.</source>
        <translation>The file &apos;{path}&apos; cannot be read: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="234"/>
        <source>Berkas ini bukan balasan posko yang menunggu: {what}</source>
        <translation>This file is not the reply of a command post awaiting one: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="237"/>
        <source>Posko dipasangkan</source>
        <translation>Command post paired</translation>
    </message>
</context>
<context>
    <name>TeamEditor</name>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="45"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="45"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="45"/>
        <source>Peran dalam tim</source>
        <translation>Role in the team</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="49"/>
        <source>Tambah anggota</source>
        <translation>Add member</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="51"/>
        <source>Hapus baris</source>
        <translation>Remove row</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="573"/>
        <location filename="../../ui/pages/master_dialogs.py" line="574"/>
        <location filename="../../ui/pages/master_dialogs.py" line="580"/>
        <source>Tambah satuan</source>
        <translation>Add unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="575"/>
        <source>Satuan baru dapat dipilih untuk barang baru, mis. jeriken atau tabung.</source>
        <translation>A new unit can be chosen for new items, e.g. jerrycan or cylinder.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="579"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="586"/>
        <source>Tulis nama satuan.</source>
        <translation>Write the name of the unit.</translation>
    </message>
</context>
<context>
    <name>UnitHistoryDialog</name>
    <message>
        <location filename="../../ui/pages/unit_history.py" line="33"/>
        <source>Riwayat unit {serial}</source>
        <translation>History of unit {serial}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_history.py" line="37"/>
        <source>Riwayat unit peralatan</source>
        <translation>History of an equipment unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_history.py" line="38"/>
        <source>memuat...</source>
        <translation>loading...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_history.py" line="45"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_history.py" line="45"/>
        <source>Kejadian</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_history.py" line="45"/>
        <source>Petugas</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_history.py" line="46"/>
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/pages/unit_history.py" line="59"/>
        <source>{name} ({item}), nomor seri {serial}: kondisi {condition}; {place}.</source>
        <translation>{name} ({item}), serial number {serial}: condition {condition}; {place}.</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../ui/pages/users.py" line="47"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="47"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="48"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="48"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="49"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="49"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="66"/>
        <source>dikunci</source>
        <translation>locked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="67"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="67"/>
        <source>tidak</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../ui/pages/users.py" line="221"/>
        <source>Tambah pengguna...</source>
        <translation>Add user...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="223"/>
        <source>Ubah data...</source>
        <translation>Edit data...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="224"/>
        <source>Nama lengkap, NIP, pangkat/golongan dan jabatan yang dicetak di bawah tanda tangan</source>
        <translation>Full name, NIP, rank and position printed under the signature</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="228"/>
        <source>Atur ulang kata sandi...</source>
        <translation>Reset password...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="230"/>
        <location filename="../../ui/pages/users.py" line="348"/>
        <location filename="../../ui/pages/users.py" line="361"/>
        <source>Buka kunci</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="231"/>
        <source>Buka kunci akun yang dikunci karena terlalu sering gagal masuk</source>
        <translation>Unlock an account locked after too many failed logins</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="233"/>
        <location filename="../../ui/pages/users.py" line="288"/>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="235"/>
        <source>Ubah peran...</source>
        <translation>Change role...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="237"/>
        <source>Ganti kata sandi saya...</source>
        <translation>Change my password...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="253"/>
        <source>Pengguna dan peran dikelola oleh administrator.</source>
        <translation>Users and roles are managed by the administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="287"/>
        <source>Aktifkan</source>
        <translation>Activate</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="289"/>
        <source>Akun Anda sendiri: admin lain yang menonaktifkan atau mengubah perannya.</source>
        <translation>Your own account: another admin deactivates it or changes its role.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="299"/>
        <source>Nonaktifkan akun</source>
        <translation>Deactivate account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="300"/>
        <source>Nonaktifkan akun {user}? Ia tidak dapat masuk lagi sampai akunnya diaktifkan; riwayat pekerjaannya tetap.</source>
        <translation>Deactivate the account {user}? They cannot log in until it is activated again; their work history stays.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="303"/>
        <source>Aktifkan akun</source>
        <translation>Activate account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="304"/>
        <source>Aktifkan lagi akun {user}? Ia dapat masuk lagi dengan kata sandinya.</source>
        <translation>Activate the account {user} again? They can log in again with their password.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="332"/>
        <source>Data pengguna</source>
        <translation>User data</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="341"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="332"/>
        <location filename="../../ui/pages/users.py" line="341"/>
        <location filename="../../ui/pages/users.py" line="348"/>
        <source>Pilih pengguna di daftar lebih dulu.</source>
        <translation>Select a user in the list first.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="361"/>
        <source>Kunci akun {name} dibuka.</source>
        <translation>Account {name} unlocked.</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../ui/pages/documents.py" line="98"/>
        <location filename="../../ui/pages/documents.py" line="107"/>
        <source>Periksa keaslian dokumen</source>
        <translation>Verify document authenticity</translation>
    </message>
    <message>
        <source>kode verifikasi, mis. ABCDE-FGHJK, atau isi kode QR</source>
        <translation type="vanished">verification code, e.g. ABCDE-FGHJK, or the QR code contents</translation>
    </message>
    <message>
        <source>Periksa</source>
        <translation type="vanished">Verify</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents.py" line="103"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents.py" line="108"/>
        <source>Dibandingkan dengan catatan di basis data: nomor, isi, jumlah barang dan para pihak.</source>
        <translation>Compared with the records in the database: number, contents, quantities and parties.</translation>
    </message>
    <message>
        <source>Memeriksa...</source>
        <translation type="vanished">Checking...</translation>
    </message>
    <message>
        <source>asli</source>
        <translation type="vanished">original</translation>
    </message>
    <message>
        <source>salinan ke-{n}</source>
        <translation type="vanished">copy no. {n}</translation>
    </message>
    <message>
        <source>Jenis: {kind}; cetakan {copy} oleh {who}.</source>
        <translation type="vanished">Type: {kind}; print {copy} by {who}.</translation>
    </message>
    <message>
        <source>Berbeda: {what}</source>
        <translation type="vanished">Differs: {what}</translation>
    </message>
</context>
<context>
    <name>VerifyPanel</name>
    <message>
        <location filename="../../ui/pages/documents.py" line="46"/>
        <source>kode verifikasi, mis. ABCDE-FGHJK, atau isi kode QR</source>
        <translation>verification code, e.g. ABCDE-FGHJK, or the QR code&apos;s text</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents.py" line="48"/>
        <source>Periksa</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents.py" line="56"/>
        <source>Kode verifikasi:</source>
        <translation>Verification code:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents.py" line="68"/>
        <source>Memeriksa...</source>
        <translation>Checking...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents.py" line="75"/>
        <source>asli</source>
        <translation>original</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents.py" line="75"/>
        <source>salinan ke-{n}</source>
        <translation>copy no. {n}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents.py" line="77"/>
        <source>Jenis: {kind}; cetakan {copy} oleh {who}.</source>
        <translation>Kind: {kind}; {copy} printed by {who}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/documents.py" line="80"/>
        <source>Berbeda: {what}</source>
        <translation>Differs: {what}</translation>
    </message>
</context>
<context>
    <name>VoidDialog</name>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="274"/>
        <source>{name} ({role}), {start} s.d. {end}.</source>
        <translation>{name} ({role}), {start} to {end}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="287"/>
        <location filename="../../ui/pages/assignment_dialog.py" line="297"/>
        <source>Batalkan penugasan</source>
        <translation>Void assignment</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="291"/>
        <source>mis. salah orang, salah kejadian, salah tanggal</source>
        <translation>e.g. wrong person, wrong incident, wrong dates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="293"/>
        <source>Alasan pembatalan</source>
        <translation>Reason for voiding</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="295"/>
        <source>Penugasan yang dibatalkan tetap tercatat dalam audit, tetapi tidak dihitung di mana pun: relawan bebas lagi pada hari-hari itu.</source>
        <translation>A voided assignment stays in the audit log but counts nowhere: the volunteer is free again on those days.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/assignment_dialog.py" line="305"/>
        <source>Tuliskan alasan pembatalan.</source>
        <translation>Write the reason for voiding.</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="168"/>
        <source>Tambah relawan</source>
        <translation>Add volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="168"/>
        <source>Ubah data relawan</source>
        <translation>Edit volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="171"/>
        <source>NIK diperiksa: 16 angka, kode wilayah, tanggal lahir dan jenis kelamin. Tanggal lahir, jenis kelamin dan wilayah yang dikosongkan diambil dari NIK.</source>
        <translation>The NIK is checked: 16 digits, region code, birth date and sex. A birth date, sex or region left empty is taken from the NIK.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="175"/>
        <source>16 angka, mis. 1709011403950001</source>
        <translation>16 digits, e.g. 1709011403950001</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="178"/>
        <source>nomor induk anggota Tagana (bila ada)</source>
        <translation>Tagana member number (if any)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="181"/>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="247"/>
        <source>- dari NIK -</source>
        <translation>- from the NIK -</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="183"/>
        <source>Kosongkan untuk mengambil tanggal lahir dari NIK</source>
        <translation>Leave empty to take the birth date from the NIK</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="185"/>
        <source>mis. 0812 3456 7890</source>
        <translation>e.g. 0812 3456 7890</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="193"/>
        <source>nama dan hubungan, mis. Siti (istri)</source>
        <translation>name and relation, e.g. Siti (wife)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="197"/>
        <source>Tidak tersedia</source>
        <translation>Unavailable</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="201"/>
        <source>alasan, mis. ujian sekolah</source>
        <translation>reason, e.g. school exams</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="210"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="211"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="212"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="213"/>
        <source>Tanggal lahir</source>
        <translation>Birth date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="214"/>
        <source>NIAT</source>
        <translation>NIAT</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="215"/>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="216"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="217"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="218"/>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="219"/>
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="220"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="221"/>
        <source>Kontak darurat</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="222"/>
        <source>HP kontak darurat</source>
        <translation>Emergency contact&apos;s mobile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="223"/>
        <source>Catatan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="229"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="235"/>
        <source>Simpan relawan</source>
        <translation>Save volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="307"/>
        <source>Periksa NIK</source>
        <translation>Check the NIK</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="308"/>
        <source>{problems}

Tetap simpan dengan data yang diketik?</source>
        <translation>{problems}

Save with the data as typed?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_dialogs.py" line="345"/>
        <source>{name} tersimpan, dengan catatan:
{notes}</source>
        <translation>{name} saved, with notes:
{notes}</translation>
    </message>
</context>
<context>
    <name>VolunteerImportDialog</name>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="65"/>
        <source>Impor daftar relawan</source>
        <translation>Import volunteer roster</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="75"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="77"/>
        <source>Periksa berkas</source>
        <translation>Check file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="80"/>
        <source>Perbaiki berkas dulu</source>
        <translation>Fix the file first</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="81"/>
        <source>Tutup tanpa menyimpan apa pun; perbaiki berkas lalu impor lagi</source>
        <translation>Close without saving anything; fix the file, then import again</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="87"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="107"/>
        <source>Pilih berkas daftar relawan (.xlsx atau .csv) seperti yang disimpan forum Tagana. Kolom dikenali dari judulnya, misalnya &quot;Nama&quot;, &quot;NIK&quot;, &quot;No. HP&quot;, &quot;Kecamatan&quot; dan &quot;Keahlian&quot;. Setiap baris diperiksa dulu; belum ada yang disimpan sebelum Anda memilih.</source>
        <translation>Choose the volunteer roster file (.xlsx or .csv) as kept by the Tagana forum. Columns are recognised by their headers, such as &quot;Nama&quot;, &quot;NIK&quot;, &quot;No. HP&quot;, &quot;Kecamatan&quot; and &quot;Keahlian&quot;. Every row is checked first; nothing is saved before you choose.</translation>
    </message>
    <message>
        <source>Belum ada berkas dipilih</source>
        <translation type="vanished">No file chosen yet</translation>
    </message>
    <message>
        <source>Pilih berkas...</source>
        <translation type="vanished">Choose file...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="114"/>
        <source>Otomatis (lembar pertama yang berisi tabel relawan)</source>
        <translation>Automatic (first sheet holding the volunteer table)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="117"/>
        <source>Berkas:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="118"/>
        <source>Lembar:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="163"/>
        <source>Langkah 1 dari 3: pilih berkas</source>
        <translation>Step 1 of 3: choose the file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="164"/>
        <source>Langkah 2 dari 3: periksa isi berkas</source>
        <translation>Step 2 of 3: check the contents</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="165"/>
        <source>Langkah 3 dari 3: impor</source>
        <translation>Step 3 of 3: import</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="187"/>
        <source>Pilih berkas daftar relawan</source>
        <translation>Choose the volunteer roster file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="188"/>
        <source>Daftar relawan (*.xlsx *.csv);;Buku kerja Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Volunteer roster (*.xlsx *.csv);;Excel workbook (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="222"/>
        <source>Menyimpan relawan {done} dari {total}...</source>
        <translation>Saving volunteer {done} of {total}...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="224"/>
        <source>Memeriksa baris {done} dari {total}...</source>
        <translation>Checking row {done} of {total}...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="226"/>
        <source>Memeriksa baris {done}...</source>
        <translation>Checking row {done}...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="236"/>
        <source>Memeriksa setiap baris...</source>
        <translation>Checking every row...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="252"/>
        <source>{ok} dari {total} baris valid dan siap diimpor.</source>
        <translation>{ok} of {total} rows are valid and ready to import.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="255"/>
        <source>{rows} baris bermasalah ({n} kesalahan, terdaftar di bawah). Perbaiki berkas lalu impor lagi, atau impor hanya baris yang valid.</source>
        <translation>{rows} rows have problems ({n} errors, listed below). Fix the file and import again, or import only the valid rows.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="259"/>
        <source>{n} peringatan (baris tetap diimpor, misalnya umur di luar 18-45).</source>
        <translation>{n} warnings (the rows are still imported, e.g. age outside 18-45).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="262"/>
        <source>Tidak ada baris yang dapat diimpor.</source>
        <translation>No row can be imported.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="265"/>
        <source>Impor hanya baris yang valid ({n})</source>
        <translation>Import only the valid rows ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="266"/>
        <source>Impor semua ({n})</source>
        <translation>Import all ({n})</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="284"/>
        <source>Mengimpor relawan dari {name}...</source>
        <translation>Importing volunteers from {name}...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="298"/>
        <source>{n} relawan diimpor dari {name}.</source>
        <translation>{n} volunteers imported from {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="300"/>
        <source>{n} baris bermasalah dilewati.</source>
        <translation>{n} rows with problems were skipped.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="323"/>
        <source>Membatalkan...</source>
        <translation>Cancelling...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteer_import.py" line="324"/>
        <source>Membatalkan; tidak ada yang disimpan...</source>
        <translation>Cancelling; nothing is saved...</translation>
    </message>
</context>
<context>
    <name>VolunteerModel</name>
    <message>
        <location filename="../../ui/pages/volunteers_model.py" line="41"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_model.py" line="41"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_model.py" line="41"/>
        <source>NIAT</source>
        <translation>NIAT</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_model.py" line="42"/>
        <source>JK</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_model.py" line="42"/>
        <source>Umur</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_model.py" line="42"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_model.py" line="43"/>
        <source>Jenjang</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_model.py" line="43"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_model.py" line="43"/>
        <source>Keahlian</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers_model.py" line="44"/>
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="139"/>
        <source>Relawan Tagana</source>
        <translation>Tagana Volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="140"/>
        <source>Anggota Tagana dengan keahlian, sertifikat dan ketersediaannya. Cari dengan nama, NIK, NIAT atau nomor HP.</source>
        <translation>Tagana members with their skills, certificates and availability. Search by name, NIK, NIAT or mobile number.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="62"/>
        <source>Cari nama, NIK, NIAT atau nomor HP...</source>
        <translation>Search name, NIK, NIAT or mobile number...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="68"/>
        <source>Semua keahlian</source>
        <translation>All skills</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="69"/>
        <source>Semua jenjang</source>
        <translation>All levels</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="70"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="71"/>
        <source>Semua kecamatan</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="72"/>
        <source>Semua sertifikat</source>
        <translation>All certificates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="74"/>
        <source>Bertugas hari ini</source>
        <translation>On duty today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="75"/>
        <source>Hanya relawan yang sedang ditugaskan ke kejadian hari ini</source>
        <translation>Only volunteers assigned to an incident today</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="77"/>
        <source>Tersedia</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="78"/>
        <source>Hanya relawan yang tidak bertugas, tidak berhalangan dan tidak nonaktif pada seluruh periode</source>
        <translation>Only volunteers who are not on duty, not unavailable and not inactive for the whole period</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="84"/>
        <source>Hapus filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="86"/>
        <source>Impor...</source>
        <translation>Import...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="87"/>
        <source>Impor daftar relawan dari berkas .xlsx atau .csv</source>
        <translation>Import the volunteer roster from an .xlsx or .csv file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="90"/>
        <source>Tambah relawan...</source>
        <translation>Add volunteer...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="93"/>
        <source>Ubah...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="94"/>
        <source>Ubah data, keahlian dan sertifikat relawan yang dipilih</source>
        <translation>Edit the selected volunteer&apos;s data, skills and certificates</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="97"/>
        <source>Ekspor...</source>
        <translation>Export...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="98"/>
        <source>Simpan relawan yang sesuai filter ke berkas .xlsx</source>
        <translation>Save the volunteers matching the filter to an .xlsx file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="108"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="129"/>
        <source>Pilih satu relawan untuk melihat keahlian, sertifikat dan riwayat penugasannya.</source>
        <translation>Select a volunteer to see their skills, certificates and assignment history.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="175"/>
        <source>Sertifikat habis dalam {days} hari</source>
        <translation>Certificate expires within {days} days</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="231"/>
        <source>{shown} dari {total} relawan ditampilkan</source>
        <translation>{shown} of {total} volunteers shown</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="264"/>
        <location filename="../../ui/pages/volunteers.py" line="270"/>
        <source>Ekspor relawan</source>
        <translation>Export volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="265"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="269"/>
        <source>Mengekspor daftar relawan...</source>
        <translation>Exporting the volunteer list...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="271"/>
        <source>{n} relawan ditulis ke {path}.</source>
        <translation>{n} volunteers written to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="287"/>
        <source>{sex}, lahir {birth} ({age} tahun), {level}, {status}</source>
        <translation>{sex}, born {birth} ({age} years), {level}, {status}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="290"/>
        <source>Wilayah: {region} ({code}); HP {phone}</source>
        <translation>Area: {region} ({code}); mobile {phone}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="293"/>
        <source>Kontak darurat: {name} {phone}</source>
        <translation>Emergency contact: {name} {phone}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="297"/>
        <source>Keahlian: {skill}, sertifikat berlaku s.d. {expiry}{expired}</source>
        <translation>Skill: {skill}, certificate valid until {expiry}{expired}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="298"/>
        <source> (HABIS BERLAKU)</source>
        <translation> (EXPIRED)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="300"/>
        <source>Tidak tersedia {start} s.d. {end}: {reason}</source>
        <translation>Unavailable {start} to {end}: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="303"/>
        <source>Penugasan {incident} ({name}) sebagai {role}: {start} s.d. {end}</source>
        <translation>Assignment {incident} ({name}) as {role}: {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/volunteers.py" line="306"/>
        <source>Peringatan: {text}</source>
        <translation>Warning: {text}</translation>
    </message>
</context>
<context>
    <name>WarehouseDialog</name>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="383"/>
        <source>Ubah gudang</source>
        <translation>Edit warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="383"/>
        <source>Tambah gudang</source>
        <translation>Add warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="385"/>
        <source>Gudang kabupaten/kota, gudang provinsi, lumbung sosial atau posko, dengan penanggung jawabnya.</source>
        <translation>Regency/city warehouse, provincial warehouse, social granary or post, with the person in charge.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="397"/>
        <source>kode wilayah Kemendagri, mis. 17.09</source>
        <translation>Kemendagri region code, e.g. 17.09</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="405"/>
        <source>Kode gudang</source>
        <translation>Warehouse code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="406"/>
        <source>Nama gudang</source>
        <translation>Warehouse name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="407"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="408"/>
        <source>Kode wilayah</source>
        <translation>Area code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="409"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="410"/>
        <source>Penanggung jawab</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="412"/>
        <source>Simpan gudang</source>
        <translation>Save warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="418"/>
        <source>Kode gudang wajib diisi.</source>
        <translation>The warehouse code is required.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="419"/>
        <source>Nama gudang wajib diisi.</source>
        <translation>The warehouse name is required.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/master_dialogs.py" line="420"/>
        <source>Kode wilayah wajib diisi.</source>
        <translation>The region code is required.</translation>
    </message>
</context>
<context>
    <name>WriteOffDecisionDialog</name>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="257"/>
        <source>Setujui penghapusan</source>
        <translation>Approve write-off</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="257"/>
        <source>Tolak penghapusan</source>
        <translation>Reject write-off</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="260"/>
        <source>Barangnya keluar dari pembukuan; sesudahnya catat keputusan penghapusan dan cetak Berita Acara Penghapusan.</source>
        <translation>The goods leave the books; then record the write-off decree and print the Berita Acara Penghapusan.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="261"/>
        <source>Cadangan stoknya dilepas; alasan penolakan wajib diisi.</source>
        <translation>The reserved stock is released; a reason for the rejection is required.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="262"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="262"/>
        <source>Gudang</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="263"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="264"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="266"/>
        <source>Diajukan oleh</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="273"/>
        <source>catatan keputusan (boleh kosong)</source>
        <translation>note on the decision (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="274"/>
        <source>alasan penolakan</source>
        <translation>reason for the rejection</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="275"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="275"/>
        <source>Alasan penolakan</source>
        <translation>Reason for rejection</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="276"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="276"/>
        <source>Tolak</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="283"/>
        <source>Tuliskan alasan penolakan.</source>
        <translation>Write the reason for the rejection.</translation>
    </message>
</context>
<context>
    <name>WriteOffListDialog</name>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="312"/>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="342"/>
        <source>Penghapusan barang</source>
        <translation>Write-offs</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="316"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="313"/>
        <source>Menunggu keputusan</source>
        <translation>Awaiting decision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="313"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="314"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="322"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="322"/>
        <source>Diajukan</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="322"/>
        <source>Gudang</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="322"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="322"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="323"/>
        <source>Diajukan oleh</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="323"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="323"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="326"/>
        <source>Setujui...</source>
        <translation>Approve...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="329"/>
        <source>Tolak...</source>
        <translation>Reject...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="331"/>
        <source>BA Penghapusan...</source>
        <translation>Write-off record...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="333"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="343"/>
        <source>Usulan penghapusan dan keputusannya. Yang menunggu keputusan diputuskan pejabat yang tidak mengajukannya.</source>
        <translation>Write-off requests and their decisions. A pending one is decided by an official who did not request it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="376"/>
        <source>{user}, {day}</source>
        <translation>{user}, {day}</translation>
    </message>
    <message>
        <source>Anda sendiri yang mengajukan penghapusan ini; pejabat lain yang memutuskannya.</source>
        <translation type="vanished">You requested this write-off yourself; another official decides it.</translation>
    </message>
</context>
<context>
    <name>WriteOffPaperDialog</name>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="216"/>
        <source>Berita Acara Penghapusan</source>
        <translation>Write-off record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="217"/>
        <source>Catat keputusan yang mendasari penghapusan, nilai barang bila diketahui dan cara penghapusannya, lalu cetak berita acaranya.</source>
        <translation>Record the decree the write-off rests on, the value of the goods when known and the method of disposal, then print the record.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="225"/>
        <source>mis. 000.2.3.3/145/DINSOS/2026</source>
        <translation>e.g. 000.2.3.3/145/DINSOS/2026</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="231"/>
        <source>mis. Bupati Bengkulu Tengah</source>
        <translation>e.g. Bupati Bengkulu Tengah</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="236"/>
        <source>Rp, kosongkan bila tidak diketahui</source>
        <translation>Rp, leave empty when unknown</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="237"/>
        <source>Penghapusan</source>
        <translation>Write-off</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="238"/>
        <source>Nomor keputusan</source>
        <translation>Decree number</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="239"/>
        <source>Tanggal keputusan</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="240"/>
        <source>Ditetapkan oleh</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="241"/>
        <source>Cara penghapusan</source>
        <translation>Method of disposal</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="242"/>
        <source>Nilai barang</source>
        <translation>Value of the goods</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="243"/>
        <source>Simpan &amp;&amp; cetak</source>
        <translation>Save &amp;&amp; print</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_papers.py" line="255"/>
        <source>Belum ada penghapusan yang disetujui.</source>
        <translation>No write-off has been approved yet.</translation>
    </message>
</context>
<context>
    <name>WriteOffRequestDialog</name>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="93"/>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="123"/>
        <source>Ajukan penghapusan</source>
        <translation>Request write-off</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="94"/>
        <source>Ajukan penghapusan barang</source>
        <translation>Request a write-off</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="95"/>
        <source>Barang yang diajukan dicadangkan sampai pejabat memutuskan; pejabat lain, bukan yang mengajukan, menyetujui atau menolaknya.</source>
        <translation>The goods are reserved until an official decides; another official, not the requester, approves or rejects it.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="112"/>
        <source>mis. terendam banjir, kemasan sobek dan berjamur</source>
        <translation>e.g. flooded, packaging torn and mouldy</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="115"/>
        <source>Gudang</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="116"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="117"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="118"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="119"/>
        <source>Unit</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="120"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="122"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="140"/>
        <source>Unit peralatan harus berkondisi rusak berat; unit rusak ringan diubah dulu kondisinya (dengan alasan) di tab Unit peralatan.</source>
        <translation>Equipment units must be in &apos;badly damaged&apos; condition; a lightly damaged unit first has its condition changed (with a reason) in the Equipment units tab.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="142"/>
        <source>Barang rusak berat yang tidak dapat dipakai atau diperbaiki lagi.</source>
        <translation>Badly damaged goods that can no longer be used or repaired.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="143"/>
        <source>Barang yang hilang, dicuri atau musnah.</source>
        <translation>Goods lost, stolen or destroyed.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="144"/>
        <source>Hanya batch yang sudah lewat tanggal kedaluwarsanya.</source>
        <translation>Only batches past their expiry date.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="171"/>
        <source>Otomatis (yang paling awal kedaluwarsa dulu)</source>
        <translation>Automatic (earliest expiry first)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="174"/>
        <source>tanpa kedaluwarsa</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="175"/>
        <source>{batch} · {expiry} · tersedia {free} {unit}</source>
        <translation>{batch} · {expiry} · {free} {unit} available</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="176"/>
        <source>(tanpa batch)</source>
        <translation>(no batch)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="208"/>
        <source>Pilih barang dari katalog.</source>
        <translation>Choose an item from the catalogue.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="214"/>
        <source>Centang unit yang diajukan untuk dihapus.</source>
        <translation>Tick the units to be written off.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="220"/>
        <source>Jumlah harus lebih dari nol.</source>
        <translation>The quantity must be more than zero.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="225"/>
        <source>Tuliskan uraian alasan penghapusan (apa yang terjadi pada barangnya).</source>
        <translation>Describe the reason for the write-off (what happened to the goods).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="244"/>
        <source>Penghapusan diajukan</source>
        <translation>Write-off requested</translation>
    </message>
    <message>
        <location filename="../../ui/pages/writeoff_dialogs.py" line="245"/>
        <source>Usulan penghapusan {number} diajukan; barangnya dicadangkan sampai pejabat memutuskan.</source>
        <translation>Write-off request {number} submitted; the goods are reserved until an official decides.</translation>
    </message>
</context>
<context>
    <name>_AdminPage</name>
    <message>
        <location filename="../../ui/posko_setup.py" line="318"/>
        <source>Siapkan posko &amp;&amp; simpan balasan...</source>
        <translation>Set up command post &amp;&amp; save reply...</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="319"/>
        <source>Menyiapkan posko...</source>
        <translation>Setting up the command post...</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="321"/>
        <source>Administrator posko</source>
        <translation>Command post administrator</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="322"/>
        <source>Akun pertama laptop posko ini; akun ini dapat menambah petugas posko lain. Lalu simpan berkas balasan untuk kantor.</source>
        <translation>The first account of this command post laptop; it can add other command post officers. Then save the reply file for the office.</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="326"/>
        <source>mis. Nama lengkap petugas posko</source>
        <translation>e.g. the command post officer&apos;s full name</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="332"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="333"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="334"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="335"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="344"/>
        <source>minimal {n} karakter</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="348"/>
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Enter the user name and password.</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="350"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="356"/>
        <source>Simpan berkas balasan untuk kantor</source>
        <translation>Save reply file for the office</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="357"/>
        <source>Berkas Tagana (*.tagana)</source>
        <translation>Tagana files (*.tagana)</translation>
    </message>
</context>
<context>
    <name>_CheckPage</name>
    <message>
        <location filename="../../ui/posko_setup.py" line="261"/>
        <source>Periksa kantor pengirim</source>
        <translation>Check the sending office</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="262"/>
        <source>Telepon kantor dan minta petugasnya membacakan sidik kunci kantor. Ketik yang dibacakan: laptop ini hanya disiapkan bila sama dengan sidik kunci dalam berkas.</source>
        <translation>Phone the office and ask its officer to read out the office key fingerprint. Type what is read out: this laptop is only set up if it matches the key fingerprint in the file.</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="276"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="277"/>
        <source>Sidik kunci dalam berkas</source>
        <translation>Key fingerprint in the file</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="278"/>
        <source>Posko</source>
        <translation>Command post</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="279"/>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="280"/>
        <source>Sidik kunci kantor yang dibacakan</source>
        <translation>Office key fingerprint as read out</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="301"/>
        <source>Ketik sidik kunci yang dibacakan petugas kantor.</source>
        <translation>Type the key fingerprint read out by the office officer.</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="304"/>
        <source>Sidik kunci yang dibacakan ({spoken}) tidak sama dengan sidik kunci dalam berkas ({found}). Jangan pakai berkas ini: periksa lagi bersama kantor, atau minta berkas penyiapan baru.</source>
        <translation>The key fingerprint read out ({spoken}) does not match the key fingerprint in the file ({found}). Do not use this file: check again with the office, or ask for a new setup file.</translation>
    </message>
</context>
<context>
    <name>_Delegate</name>
    <message>
        <location filename="../../ui/line_table.py" line="86"/>
        <source>hh-bb-tttt</source>
        <translation>dd-mm-yyyy</translation>
    </message>
    <message>
        <location filename="../../ui/line_table.py" line="88"/>
        <source>pisahkan dengan koma</source>
        <translation>separate with commas</translation>
    </message>
</context>
<context>
    <name>_DocumentDialog</name>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="86"/>
        <source>mengapa dicatat dengan tanggal lalu</source>
        <translation>why it is booked with an earlier date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="87"/>
        <source>Alasan tanggal mundur</source>
        <translation>Reason for the earlier date</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="103"/>
        <source>Periksa...</source>
        <translation>Check...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="105"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="124"/>
        <source>Kode barang</source>
        <translation>Item code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="124"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="124"/>
        <source>Baris</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="125"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="125"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="125"/>
        <source>Nilai</source>
        <translation>Value</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="127"/>
        <source>Kembali ke baris</source>
        <translation>Back to the lines</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="129"/>
        <source>Catat</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="135"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="141"/>
        <source>Periksa sebelum dicatat</source>
        <translation>Check before booking</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="192"/>
        <source>Tanggal dokumen sebelum hari ini: isikan alasan tanggal mundur.</source>
        <translation>The document date is before today: enter the reason for the earlier date.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="200"/>
        <source>Mencari barang pada tabel...</source>
        <translation>Looking up the items of the table...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="244"/>
        <source>{lines} baris, {items} jenis barang.</source>
        <translation>{lines} lines, {items} kinds of goods.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="246"/>
        <source>Nilai baris yang berharga: {value}.</source>
        <translation>Value of the priced lines: {value}.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="259"/>
        <source>{kind} dicatat dengan nomor {number} ({lines} baris).</source>
        <translation>{kind} booked under number {number} ({lines} lines).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="283"/>
        <source>Baris {row} ditolak: {text}</source>
        <translation>Row {row} refused: {text}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/stock_documents.py" line="290"/>
        <source>Buang dokumen ini? Baris yang sudah diisi tidak disimpan.</source>
        <translation>Discard this document? The lines filled in are not kept.</translation>
    </message>
</context>
<context>
    <name>_DonePage</name>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="141"/>
        <source>Posko dibuat</source>
        <translation>Command post created</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="141"/>
        <source>Bacakan sidik kunci ini kepada petugas posko</source>
        <translation>Read this key fingerprint out to the command post officer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="148"/>
        <source>Berkas penyiapan disimpan: {path} ({records} catatan).

Langkah berikutnya:
1. Bawa berkas itu ke laptop posko {code} (flashdisk). Pasang program Tagana Logistik di laptop itu; saat pertama dibuka, pilih &quot;Siapkan laptop posko dari berkas kantor...&quot;.
2. Petugas posko menelepon kantor: bacakan sidik kunci kantor di atas; ia mengetiknya di laptop posko.
3. Laptop posko membuat berkas balasan dan menampilkan sidik kunci posko. Ambil berkas balasan itu di halaman ini dengan &quot;Ambil balasan posko...&quot; dan ketik sidik kunci posko yang dibacakan petugasnya.
Sampai balasannya diambil, posko berstatus menunggu balasan.</source>
        <translation>Setup file saved: {path} ({records} records).

Next steps:
1. Take the file to the laptop of command post {code} (flash drive). Install Tagana Logistik on that laptop; when it is first opened, choose &quot;Set up a command post laptop from an office file...&quot;.
2. The command post officer phones the office: read out the office key fingerprint above; they type it on the command post laptop.
3. The command post laptop makes a reply file and shows the command post key fingerprint. Take in that reply file on this page with &quot;Take in command post reply...&quot; and type the command post key fingerprint its officer reads out.
Until its reply is taken in, the command post has the status awaiting reply.</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="379"/>
        <source>Posko siap</source>
        <translation>Command post ready</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="379"/>
        <source>Bacakan sidik kunci ini kepada petugas kantor</source>
        <translation>Read this key fingerprint out to the office officer</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="386"/>
        <source>Langkah berikutnya:
1. Bawa berkas balasan {path} ke kantor {office}.
2. Petugas kantor mengambilnya di halaman Posko, &quot;Ambil balasan posko...&quot;, dan mengetik sidik kunci di atas yang Anda bacakan.
3. Setelah itu posko {posko} bertukar berkas dengan kantor: berkas pertukaran dibuat dan diambil di kedua tempat.

Tekan Selesai untuk membuka jendela posko sebagai {user}.</source>
        <translation>Next steps:
1. Take the reply file {path} to the office {office}.
2. The office officer takes it in on the Command post page, &quot;Take in command post reply...&quot;, and types the key fingerprint above that you read out.
3. After that, command post {posko} exchanges files with the office: exchange files are made and taken in at both places.

Press Finish to open the command post window as {user}.</translation>
    </message>
</context>
<context>
    <name>_FilePage</name>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="97"/>
        <source>Buat posko &amp;&amp; simpan berkas...</source>
        <translation>Create command post &amp;&amp; save file...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="100"/>
        <source>Berkas penyiapan</source>
        <translation>Setup file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="101"/>
        <source>Posko dibuat dan berkas penyiapannya disimpan sekaligus. Simpan berkas itu ke flashdisk untuk laptop posko.</source>
        <translation>The command post is created and its setup file saved in one step. Save the file to a flash drive for the command post laptop.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="113"/>
        <source>Posko {code} – {name}
Kejadian: {incident}
Wilayah: {region}

Berkas penyiapan membawa profil kantor, kunci publik kantor, katalog barang dan data kejadian yang diperlukan posko. Isinya bertanda tangan kantor: laptop posko menolak berkas yang diubah.</source>
        <translation>Command post {code} – {name}
Incident: {incident}
Area: {region}

The setup file carries the office profile, the office public key, the item catalogue and the incident data the command post needs. Its contents are signed by the office: the command post laptop refuses a file that has been altered.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="117"/>
        <source>wilayah pertama kejadian</source>
        <translation>first area of the incident</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="121"/>
        <source>Simpan berkas penyiapan posko</source>
        <translation>Save command post setup file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="122"/>
        <location filename="../../ui/posko_setup.py" line="221"/>
        <source>Berkas Tagana (*.tagana)</source>
        <translation>Tagana files (*.tagana)</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="204"/>
        <source>Berkas penyiapan dari kantor</source>
        <translation>Setup file from the office</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="205"/>
        <source>Kantor Dinas Sosial membuat posko dan memberikan berkas penyiapannya (&lt;KODE&gt;-setup.tagana, lewat flashdisk). Pilih berkas itu.</source>
        <translation>The social affairs office creates the command post and hands over its setup file (&lt;CODE&gt;-setup.tagana, by flash drive). Choose that file.</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="207"/>
        <source>Pilih berkas penyiapan...</source>
        <translation>Choose setup file...</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="210"/>
        <source>Belum ada berkas dipilih.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="221"/>
        <source>Pilih berkas penyiapan posko</source>
        <translation>Choose command post setup file</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="234"/>
        <source>Berkas &apos;{path}&apos; tidak dapat dibaca: {reason}.</source>
        <translation>The file &apos;{path}&apos; cannot be read: {reason}.</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="241"/>
        <source>{path}
Berkas penyiapan posko {posko} dari {office}; tanda tangannya utuh. Lanjut untuk memeriksa sidik kunci kantor.</source>
        <translation>{path}
Setup file of command post {posko} from {office}; its signature is intact. Continue to check the office key fingerprint.</translation>
    </message>
    <message>
        <location filename="../../ui/posko_setup.py" line="251"/>
        <source>Pilih dulu berkas penyiapan dari kantor.</source>
        <translation>First choose the setup file from the office.</translation>
    </message>
</context>
<context>
    <name>_PairList</name>
    <message>
        <location filename="../../ui/pages/request_dialogs.py" line="116"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
</context>
<context>
    <name>_PoskoPage</name>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="44"/>
        <source>Posko baru</source>
        <translation>New command post</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="45"/>
        <source>Posko lapangan sebuah kejadian bencana: laptopnya disiapkan dari berkas penyiapan yang dibuat di langkah berikut.</source>
        <translation>A field command post for a disaster incident: its laptop is set up from the setup file made in the next step.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="48"/>
        <source>mis. PSK-01</source>
        <translation>e.g. PSK-01</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="51"/>
        <source>mis. Pondok Kelapa</source>
        <translation>e.g. Pondok Kelapa</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="57"/>
        <source>Kode posko</source>
        <translation>Command post code</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="58"/>
        <source>Nama posko</source>
        <translation>Command post name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="59"/>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="60"/>
        <source>Kecamatan/desa (boleh kosong)</source>
        <translation>Kecamatan/village (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="72"/>
        <source>Tidak ada kejadian yang masih berjalan: posko dibuat untuk sebuah kejadian.</source>
        <translation>There is no ongoing incident: a command post is created for an incident.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="80"/>
        <source>Kode posko: 2–20 huruf besar, angka atau tanda hubung (misalnya PSK-01).</source>
        <translation>Command post code: 2–20 capital letters, digits or hyphens (e.g. PSK-01).</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="83"/>
        <source>Nama posko wajib diisi.</source>
        <translation>The command post name is required.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/posko_dialogs.py" line="85"/>
        <source>Pilih kejadian posko ini.</source>
        <translation>Choose the incident of this command post.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="136"/>
        <source>Cadangan otomatis gagal: {reason}</source>
        <translation>Automatic backup failed: {reason}</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="30"/>
        <source>dibuat</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="30"/>
        <source>ditambahkan</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="30"/>
        <source>diubah</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="30"/>
        <location filename="../../ui/pages/audit_model.py" line="31"/>
        <source>dihapus</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="31"/>
        <source>kata sandi diganti</source>
        <translation>password changed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="31"/>
        <source>dimuat</source>
        <translation>loaded</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="31"/>
        <source>dicadangkan</source>
        <translation>backed up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="32"/>
        <source>dipulihkan</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="32"/>
        <source>diimpor</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="32"/>
        <source>diekspor</source>
        <translation>exported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="32"/>
        <source>disetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="33"/>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="33"/>
        <source>dikirim</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="33"/>
        <source>diterima di tujuan</source>
        <translation>delivered</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="34"/>
        <source>diterima</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="34"/>
        <source>dikeluarkan</source>
        <translation>issued</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="34"/>
        <source>dipindahkan</source>
        <translation>transferred</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="34"/>
        <source>dihapusbukukan</source>
        <translation>written off</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="35"/>
        <source>dihitung</source>
        <translation>counted</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="35"/>
        <source>dibukukan</source>
        <translation>posted</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="35"/>
        <source>dibatalkan</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="35"/>
        <source>dibalik</source>
        <translation>reversed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="36"/>
        <source>ditugaskan</source>
        <translation>assigned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="36"/>
        <source>diperpanjang</source>
        <translation>extended</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="36"/>
        <source>diakhiri</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="36"/>
        <source>tiba di lokasi</source>
        <translation>checked in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="37"/>
        <source>meninggalkan lokasi</source>
        <translation>checked out</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="37"/>
        <source>dikecualikan</source>
        <translation>overridden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="37"/>
        <source>status diubah</source>
        <translation>status changed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="38"/>
        <source>ditandatangani</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="38"/>
        <source>dicetak</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="38"/>
        <source>diberi nomor</source>
        <translation>numbered</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="38"/>
        <source>dinonaktifkan</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="39"/>
        <source>diaktifkan</source>
        <translation>activated</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="39"/>
        <source>dimulai</source>
        <translation>started</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="39"/>
        <source>ditutup</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="40"/>
        <source>diserahterimakan</source>
        <translation>handed over</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="40"/>
        <source>dikembalikan</source>
        <translation>returned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="41"/>
        <source>baris barang diubah</source>
        <translation>item line changed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="41"/>
        <source>pendamping ditambahkan</source>
        <translation>escort added</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="42"/>
        <source>pendamping dihapus</source>
        <translation>escort removed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="42"/>
        <source>paket ditambahkan</source>
        <translation>kit added</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="43"/>
        <source>batch/seri dipilih</source>
        <translation>batch/serial picked</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="43"/>
        <source>data dampak diperbarui</source>
        <translation>impact figures updated</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="44"/>
        <source>kondisi diubah</source>
        <translation>condition changed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="44"/>
        <source>hasil hitung dicatat</source>
        <translation>count result recorded</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="45"/>
        <source>stok minimum diubah</source>
        <translation>minimum stock changed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="45"/>
        <source>keahlian dicatat</source>
        <translation>skill recorded</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="46"/>
        <source>ketidaktersediaan dicatat</source>
        <translation>unavailability recorded</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="46"/>
        <source>diajukan</source>
        <translation>submitted</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="42"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="88"/>
        <source>Rinciannya juga tercatat di berkas log:
{path}</source>
        <translation>The details are also written to the log file:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="101"/>
        <source>Tampilkan rincian</source>
        <translation>Show details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="104"/>
        <source>Salin rincian</source>
        <translation>Copy details</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="118"/>
        <source>Rincian tersalin</source>
        <translation>Details copied</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../deployment/models.py" line="30"/>
        <source>dapur umum</source>
        <translation>public kitchen</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="31"/>
        <source>shelter</source>
        <translation>shelter</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="32"/>
        <source>logistik</source>
        <translation>logistics</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="33"/>
        <source>psikososial/LDP</source>
        <translation>psychosocial support (LDP)</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="34"/>
        <source>evakuasi/SAR</source>
        <translation>evacuation/SAR</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="35"/>
        <source>kaji cepat/pendataan</source>
        <translation>rapid assessment/data collection</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="36"/>
        <source>posko/TRC</source>
        <translation>command post/TRC</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="37"/>
        <source>komunikasi</source>
        <translation>communications</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="40"/>
        <source>Tagana Muda</source>
        <translation>Tagana Junior</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="40"/>
        <source>Tagana Madya</source>
        <translation>Tagana Intermediate</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="41"/>
        <source>Tagana Utama</source>
        <translation>Tagana Senior</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="42"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="42"/>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="43"/>
        <source>Legiun Tagana</source>
        <translation>Tagana Legion</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/dashboard.py" line="134"/>
        <location filename="../../deployment/volunteers.py" line="606"/>
        <source>Sertifikat segera habis</source>
        <translation>Certificate expiring soon</translation>
    </message>
    <message>
        <location filename="../../deployment/volunteers.py" line="301"/>
        <location filename="../../deployment/volunteers.py" line="319"/>
        <source>menambah relawan</source>
        <translation>add volunteers</translation>
    </message>
    <message>
        <location filename="../../deployment/volunteers.py" line="391"/>
        <location filename="../../deployment/volunteers.py" line="418"/>
        <location filename="../../deployment/volunteers.py" line="440"/>
        <source>mencatat keahlian relawan</source>
        <translation>record volunteer skills</translation>
    </message>
    <message>
        <location filename="../../deployment/volunteers.py" line="484"/>
        <source>mencatat ketidaktersediaan relawan</source>
        <translation>record volunteer unavailability</translation>
    </message>
    <message>
        <location filename="../../deployment/volunteers.py" line="607"/>
        <source>Sertifikat sudah habis</source>
        <translation>Certificate expired</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="44"/>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="44"/>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="46"/>
        <source>banjir</source>
        <translation>flood</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="47"/>
        <source>tanah longsor</source>
        <translation>landslide</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="48"/>
        <source>puting beliung</source>
        <translation>whirlwind</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="49"/>
        <source>kebakaran hutan dan lahan</source>
        <translation>forest and land fire</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="50"/>
        <source>gempa bumi</source>
        <translation>earthquake</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="51"/>
        <source>tsunami</source>
        <translation>tsunami</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="52"/>
        <source>erupsi gunung api</source>
        <translation>volcanic eruption</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="53"/>
        <source>kekeringan</source>
        <translation>drought</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="54"/>
        <source>gelombang pasang/abrasi</source>
        <translation>tidal wave/abrasion</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="55"/>
        <source>cuaca ekstrem</source>
        <translation>extreme weather</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="56"/>
        <source>kebakaran permukiman</source>
        <translation>settlement fire</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="57"/>
        <source>bencana sosial</source>
        <translation>social disaster</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="60"/>
        <source>siaga darurat</source>
        <translation>emergency alert</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="61"/>
        <source>tanggap darurat</source>
        <translation>emergency response</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="62"/>
        <source>transisi darurat ke pemulihan</source>
        <translation>transition from emergency to recovery</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="63"/>
        <location filename="../../inventory/loan_models.py" line="21"/>
        <source>selesai</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="65"/>
        <source>penetapan status</source>
        <translation>status decree</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="65"/>
        <source>perpanjangan</source>
        <translation>extension</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="282"/>
        <source>Kelurahan</source>
        <translation>Urban village</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="285"/>
        <source>Instansi lain</source>
        <translation>Other agency</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="291"/>
        <source>didisposisi</source>
        <translation>disposed</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="292"/>
        <source>sebagian dipenuhi</source>
        <translation>partly fulfilled</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="293"/>
        <source>dipenuhi</source>
        <translation>fulfilled</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="295"/>
        <source>dibatalkan</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="300"/>
        <source>disetujui penuh</source>
        <translation>approved in full</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="301"/>
        <source>disetujui sebagian</source>
        <translation>approved in part</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="41"/>
        <source>Konsep</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="42"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="43"/>
        <source>Disetujui</source>
        <translation>Approved</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="44"/>
        <location filename="../../deployment/reports/distribution.py" line="135"/>
        <location filename="../../deployment/reports/distribution.py" line="147"/>
        <location filename="../../deployment/reports/incident.py" line="114"/>
        <source>Dikirim</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="45"/>
        <source>Diserahterimakan</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="46"/>
        <source>Selesai</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="47"/>
        <location filename="../../deployment/distribution/models.py" line="23"/>
        <source>Dibatalkan</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="54"/>
        <source>menyiapkan pengiriman</source>
        <translation>prepare dispatches</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="55"/>
        <location filename="../../deployment/dispatch/lifecycle.py" line="133"/>
        <source>mengajukan pengiriman</source>
        <translation>submit a dispatch</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="57"/>
        <location filename="../../deployment/dispatch/lifecycle.py" line="139"/>
        <source>menyetujui pengiriman</source>
        <translation>approve dispatches</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="58"/>
        <location filename="../../deployment/dispatch/lifecycle.py" line="140"/>
        <source>mengirim barang</source>
        <translation>send goods</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="59"/>
        <location filename="../../deployment/dispatch/lifecycle.py" line="143"/>
        <source>mencatat serah terima</source>
        <translation>record handovers</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="60"/>
        <location filename="../../deployment/dispatch/lifecycle.py" line="145"/>
        <source>menutup pengiriman</source>
        <translation>close dispatches</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="61"/>
        <location filename="../../deployment/dispatch/lifecycle.py" line="148"/>
        <source>membatalkan pengiriman</source>
        <translation>cancel dispatches</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="62"/>
        <location filename="../../deployment/dispatch/lifecycle.py" line="152"/>
        <source>mencatat pengembalian barang</source>
        <translation>record returned goods</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="111"/>
        <source>buat pengiriman</source>
        <translation>create a dispatch</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="111"/>
        <source>membuat pengiriman</source>
        <translation>create dispatches</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="113"/>
        <source>ubah data pengiriman</source>
        <translation>change a dispatch&apos;s details</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="114"/>
        <source>mengubah pengiriman</source>
        <translation>change dispatches</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="114"/>
        <source>mengubah data pengiriman</source>
        <translation>changing the dispatch details</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="115"/>
        <source>tambah barang</source>
        <translation>add an item</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="116"/>
        <source>menambah barang pada pengiriman</source>
        <translation>adding items to a dispatch</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="118"/>
        <source>ubah jumlah barang</source>
        <translation>change an item&apos;s quantity</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="119"/>
        <source>mengubah barang pada pengiriman</source>
        <translation>changing items on a dispatch</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="121"/>
        <source>pilih batch/nomor seri</source>
        <translation>choose batches/serial numbers</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="122"/>
        <source>memilih batch atau nomor seri</source>
        <translation>choosing batches or serial numbers</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="124"/>
        <source>tambah paket</source>
        <translation>add a kit</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="125"/>
        <source>menambah paket pada pengiriman</source>
        <translation>adding a kit to a dispatch</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="127"/>
        <source>tambah pendamping</source>
        <translation>add an escort</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="128"/>
        <source>menambah pendamping pengiriman</source>
        <translation>add escorts to a dispatch</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="128"/>
        <source>menambah pendamping</source>
        <translation>adding an escort</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="130"/>
        <source>hapus pendamping</source>
        <translation>remove an escort</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="131"/>
        <source>menghapus pendamping pengiriman</source>
        <translation>remove escorts from a dispatch</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="131"/>
        <source>menghapus pendamping</source>
        <translation>removing an escort</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="132"/>
        <source>ajukan untuk disetujui</source>
        <translation>submit for approval</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="133"/>
        <source>pengajuan</source>
        <translation>submission</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="134"/>
        <source>kembalikan ke konsep</source>
        <translation>return to draft</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="134"/>
        <location filename="../../deployment/dispatch/lifecycle.py" line="136"/>
        <source>mengembalikan pengiriman ke konsep</source>
        <translation>return a dispatch to draft</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="136"/>
        <source>pengembalian ke konsep</source>
        <translation>return to draft</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="138"/>
        <source>setujui dan cadangkan stok</source>
        <translation>approve and reserve stock</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="139"/>
        <source>persetujuan</source>
        <translation>approval</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="140"/>
        <source>kirim barang</source>
        <translation>send the goods</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="141"/>
        <source>pengiriman barang</source>
        <translation>sending the goods</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="142"/>
        <source>catat serah terima</source>
        <translation>record the handover</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="143"/>
        <location filename="../../deployment/exchange/kinds_up.py" line="412"/>
        <source>serah terima</source>
        <translation>handover</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="145"/>
        <source>tutup</source>
        <translation>close</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="146"/>
        <source>penutupan</source>
        <translation>closing</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="147"/>
        <source>batalkan</source>
        <translation>cancel</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="148"/>
        <location filename="../../deployment/requests.py" line="390"/>
        <source>pembatalan</source>
        <translation>cancelling</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="149"/>
        <source>pembatalan (barang yang sudah dikirim hanya dapat dikembalikan)</source>
        <translation>cancelling (goods already sent can only be returned)</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="151"/>
        <source>catat pengembalian</source>
        <translation>record a return</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="152"/>
        <source>pengembalian barang</source>
        <translation>a return of goods</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="153"/>
        <source>cetak Surat Jalan</source>
        <translation>print the delivery note (Surat Jalan)</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="154"/>
        <location filename="../../tagana_app/doc_kinds.py" line="67"/>
        <source>Surat Jalan</source>
        <translation>Delivery note</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="154"/>
        <source>mencetak surat jalan</source>
        <translation>print delivery notes</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="155"/>
        <source>surat jalan dicetak setelah pengiriman disetujui</source>
        <translation>the delivery note is printed after the dispatch is approved</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="156"/>
        <source>cetak BAST</source>
        <translation>print the BAST</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="157"/>
        <source>mencetak berita acara serah terima</source>
        <translation>print handover records (BAST)</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="157"/>
        <source>BAST</source>
        <translation>BAST</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="158"/>
        <source>BAST dicetak setelah serah terima dicatat</source>
        <translation>the BAST is printed after the handover is recorded</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="159"/>
        <source>cetak Berita Acara Pinjam Pakai</source>
        <translation>print the equipment loan record</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="160"/>
        <source>mencetak berita acara pinjam pakai</source>
        <translation>print equipment loan records</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="161"/>
        <location filename="../../tagana_app/doc_kinds.py" line="80"/>
        <source>Berita Acara Pinjam Pakai</source>
        <translation>Equipment loan record (Berita Acara Pinjam Pakai)</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="162"/>
        <source>berita acara pinjam pakai dicetak setelah peralatan dikirim</source>
        <translation>the loan record is printed once the equipment has been sent</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="164"/>
        <source>cetak Berita Acara Pengembalian</source>
        <translation>print the equipment return record</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="166"/>
        <source>mencetak berita acara pengembalian</source>
        <translation>print equipment return records</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="166"/>
        <location filename="../../deployment/dispatch/loan_papers.py" line="245"/>
        <location filename="../../inventory/loan_papers.py" line="229"/>
        <location filename="../../tagana_app/doc_kinds.py" line="81"/>
        <source>Berita Acara Pengembalian</source>
        <translation>Equipment return record (Berita Acara Pengembalian)</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="167"/>
        <source>berita acara pengembalian dicetak setelah peralatan dikirim dan kembali</source>
        <translation>the return record is printed once the equipment has been sent and has come back</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="170"/>
        <source>izinkan tanpa status darurat</source>
        <translation>allow without emergency status</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="171"/>
        <location filename="../../deployment/permissions.py" line="34"/>
        <source>mengizinkan pengeluaran tanpa status darurat</source>
        <translation>allow a release without an emergency status</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="172"/>
        <source>izin pengeluaran tanpa status darurat</source>
        <translation>permission to release without an emergency status</translation>
    </message>
    <message>
        <location filename="../../tagana_app/permissions.py" line="47"/>
        <location filename="../../tagana_app/regions.py" line="57"/>
        <source>{first} atau {rest}</source>
        <translation>{first} or {rest}</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/province.py" line="154"/>
        <source>Status pasangan</source>
        <translation>Pairing status</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/province.py" line="155"/>
        <source>Berkas terakhir (nomor)</source>
        <translation>Last file (number)</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/province.py" line="156"/>
        <source>Keadaan per</source>
        <translation>As of</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/province.py" line="157"/>
        <source>Diterima di sini</source>
        <translation>Received here</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/province.py" line="158"/>
        <source>Kejadian terbuka</source>
        <translation>Open incidents</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/province.py" line="160"/>
        <source>Jenis barang ada stok</source>
        <translation>Items in stock</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/province.py" line="161"/>
        <source>Permintaan terbuka</source>
        <translation>Open requests</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/province.py" line="162"/>
        <source>Permintaan lewat batas layanan</source>
        <translation>Requests past the service standard</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/province.py" line="163"/>
        <source>Penyaluran</source>
        <translation>Distributions</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/province.py" line="164"/>
        <source>Penerima KK</source>
        <translation>Recipient households</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/province.py" line="165"/>
        <location filename="../../deployment/reports/distribution.py" line="161"/>
        <location filename="../../deployment/reports/incident.py" line="35"/>
        <source>Jiwa</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/province.py" line="166"/>
        <source>Desa/kecamatan dilayani</source>
        <translation>Villages/kecamatan served</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/province.py" line="167"/>
        <source>Pengiriman diserahterimakan</source>
        <translation>Dispatches handed over</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/province.py" line="169"/>
        <source>Relawan hadir (check-in)</source>
        <translation>Volunteers present (checked in)</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="35"/>
        <source>Pengungsi</source>
        <translation>Displaced</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="36"/>
        <source>Meninggal</source>
        <translation>Dead</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="36"/>
        <source>Luka</source>
        <translation>Injured</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="37"/>
        <location filename="../../inventory/writeoffs.py" line="47"/>
        <source>Hilang</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="37"/>
        <source>Rumah rusak</source>
        <translation>Houses damaged</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="58"/>
        <source>Nomor kejadian</source>
        <translation>Incident number</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="66"/>
        <source>Dampak terakhir</source>
        <translation>Latest impact</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="70"/>
        <source>Relawan bertugas</source>
        <translation>Volunteers on duty</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="70"/>
        <source>{people} orang, {days} hari orang</source>
        <translation>{people} people, {days} person-days</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="73"/>
        <source>{recorded} dicatat, {sent} dikirim, {with_bast} dengan BAST</source>
        <translation>{recorded} recorded, {sent} sent, {with_bast} with a BAST</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="81"/>
        <source>Perkembangan data dampak</source>
        <translation>Impact figures over time</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="82"/>
        <source>Dilaporkan</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="83"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="84"/>
        <location filename="../../tagana_app/cleaning.py" line="53"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="88"/>
        <source>Perkiraan kebutuhan {days} hari dan ketersediaan stok</source>
        <translation>Estimated needs for {days} days and stock available</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="90"/>
        <source>Kebutuhan</source>
        <translation>Needs</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="90"/>
        <source>Perlu</source>
        <translation>Needed</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="91"/>
        <source>Tersedia</source>
        <translation>Available</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="92"/>
        <source>Kurang</source>
        <translation>Shortfall</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="93"/>
        <source>Dasar perhitungan</source>
        <translation>Basis of the estimate</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="96"/>
        <source>Pengiriman bantuan</source>
        <translation>Relief dispatches</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="97"/>
        <location filename="../../deployment/reports/incident.py" line="126"/>
        <location filename="../../deployment/reports/incident.py" line="137"/>
        <location filename="../../tagana_app/cleaning.py" line="43"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="98"/>
        <location filename="../../deployment/reports/incident.py" line="107"/>
        <location filename="../../deployment/reports/incident.py" line="127"/>
        <location filename="../../deployment/reports/incident.py" line="137"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/province.py" line="159"/>
        <location filename="../../deployment/reports/incident.py" line="98"/>
        <location filename="../../deployment/reports/stock.py" line="88"/>
        <location filename="../../deployment/reports/value.py" line="61"/>
        <location filename="../../deployment/reports/value.py" line="75"/>
        <location filename="../../inventory/catalog.py" line="94"/>
        <location filename="../../inventory/catalog.py" line="169"/>
        <source>Gudang</source>
        <translation>Warehouse</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="99"/>
        <location filename="../../inventory/stock.py" line="429"/>
        <source>Penerima</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="100"/>
        <location filename="../../deployment/reports/requests.py" line="107"/>
        <location filename="../../deployment/reports/requests.py" line="118"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="100"/>
        <source>Baris</source>
        <translation>Lines</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="105"/>
        <location filename="../../tagana_app/doc_kinds.py" line="66"/>
        <source>Berita Acara Serah Terima</source>
        <translation>Handover record (BAST)</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="108"/>
        <source>Tempat</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="108"/>
        <source>Pihak kedua</source>
        <translation>Second party</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="112"/>
        <source>Selisih serah terima</source>
        <translation>Handover differences</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="116"/>
        <location filename="../../deployment/reports/incident.py" line="139"/>
        <location filename="../../deployment/requests.py" line="298"/>
        <location filename="../../inventory/stock.py" line="432"/>
        <location filename="../../inventory/stock.py" line="477"/>
        <location filename="../../inventory/transfers.py" line="139"/>
        <location filename="../../tagana_app/cleaning.py" line="42"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="119"/>
        <source>Relawan yang ditugaskan</source>
        <translation>Volunteers assigned</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="122"/>
        <source>Jumlah hari orang</source>
        <translation>Total person-days</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="125"/>
        <source>Pengembalian barang</source>
        <translation>Goods return</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="129"/>
        <source>Kondisi</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="132"/>
        <source>Peralatan yang belum kembali</source>
        <translation>Equipment not yet returned</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="136"/>
        <source>Penghapusan peralatan dari kejadian ini</source>
        <translation>Write-offs of equipment from this incident</translation>
    </message>
    <message>
        <location filename="../../deployment/distribution/service.py" line="260"/>
        <source>Desa/kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../deployment/distribution/service.py" line="270"/>
        <source>Jumlah jiwa</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <location filename="../../deployment/distribution/service.py" line="271"/>
        <location filename="../../deployment/reports/incident.py" line="140"/>
        <location filename="../../deployment/reports/loans.py" line="91"/>
        <location filename="../../deployment/requests.py" line="266"/>
        <location filename="../../inventory/loans.py" line="170"/>
        <location filename="../../inventory/loans.py" line="224"/>
        <location filename="../../inventory/stock.py" line="179"/>
        <location filename="../../inventory/stock.py" line="430"/>
        <location filename="../../inventory/transfers.py" line="135"/>
        <location filename="../../tagana_app/cleaning.py" line="41"/>
        <source>Keterangan</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <location filename="../../deployment/distribution/service.py" line="310"/>
        <location filename="../../deployment/distribution/service.py" line="362"/>
        <location filename="../../deployment/exchange/kinds_up.py" line="413"/>
        <source>distribusi</source>
        <translation>distribution</translation>
    </message>
    <message>
        <location filename="../../deployment/distribution/service.py" line="322"/>
        <location filename="../../deployment/exchange/kinds_up.py" line="265"/>
        <location filename="../../deployment/reports/distribution.py" line="160"/>
        <location filename="../../tagana_app/doc_kinds.py" line="89"/>
        <source>Distribusi</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../../deployment/distribution/service.py" line="333"/>
        <source>membatalkan distribusi bantuan</source>
        <translation>cancel relief distributions</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="146"/>
        <source>Perkiraan kebutuhan memakai angka pengungsi dan KK terakhir untuk {days} hari (masa status keadaan darurat bila tercatat) dan stok yang tersedia sekarang.</source>
        <translation>The needs estimate uses the latest numbers of displaced people and households for {days} days (the emergency status period when recorded) and the stock available now.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="149"/>
        <source>Penghapusan barang habis pakai tidak tercatat per kejadian; yang dicantumkan hanya penghapusan unit peralatan bernomor seri yang pernah dikirim ke kejadian ini.</source>
        <translation>Write-offs of consumables are not recorded per incident; only write-offs of serial-numbered equipment units that were sent to this incident are listed.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="151"/>
        <source>Nilai rupiah dan sumber anggaran per barang tidak dicatat program, sehingga tidak dicantumkan.</source>
        <translation>The program does not record rupiah values or budget sources per item, so they are not listed.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="162"/>
        <source>{start} s.d. {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="165"/>
        <source>{status}, SK {sk} ({period})</source>
        <translation>{status}, decree (SK) {sk} ({period})</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="168"/>
        <source>{status}, SK {sk}</source>
        <translation>{status}, decree (SK) {sk}</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="170"/>
        <source>{status} ({period})</source>
        <translation>{status} ({period})</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="197"/>
        <source>Membaca kejadian</source>
        <translation>Reading the incident</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="205"/>
        <source>Membaca pengiriman</source>
        <translation>Reading dispatches</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="229"/>
        <source>Menghitung distribusi</source>
        <translation>Counting the distribution</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="231"/>
        <source>Menghitung penugasan relawan</source>
        <translation>Counting volunteer assignments</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="233"/>
        <source>Membaca pengembalian dan peralatan</source>
        <translation>Reading returns and equipment</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="242"/>
        <source>Membaca penghapusan</source>
        <translation>Reading write-offs</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="256"/>
        <source>LAPORAN PERTANGGUNGJAWABAN
PENANGANAN BENCANA {name}</source>
        <translation>ACCOUNTABILITY REPORT
DISASTER RESPONSE {name}</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="262"/>
        <source>Kejadian {number}</source>
        <translation>Incident {number}</translation>
    </message>
    <message>
        <location filename="../../tagana_app/doc_kinds.py" line="68"/>
        <source>Surat Perintah Tugas</source>
        <translation>Duty order (SPT)</translation>
    </message>
    <message>
        <location filename="../../deployment/closing.py" line="78"/>
        <source>peralatan {item} {qty} {unit} dari pengiriman {number} belum kembali</source>
        <translation>equipment {item} {qty} {unit} from dispatch {number} not yet back</translation>
    </message>
    <message>
        <location filename="../../deployment/closing.py" line="85"/>
        <source>relawan {name} ({role}) bertugas {start} s.d. {end}</source>
        <translation>volunteer {name} ({role}) on duty {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../deployment/closing.py" line="91"/>
        <source>pengiriman {number} ({status})</source>
        <translation>dispatch {number} ({status})</translation>
    </message>
    <message>
        <location filename="../../deployment/closing.py" line="97"/>
        <source>permintaan {number} dari {requester} ({status})</source>
        <translation>request {number} from {requester} ({status})</translation>
    </message>
    <message>
        <location filename="../../deployment/closing.py" line="112"/>
        <source>pendamping {name} masih di lapangan (check-in {start}, belum check-out)</source>
        <translation>escort {name} still in the field (checked in {start}, not checked out)</translation>
    </message>
    <message>
        <location filename="../../deployment/closing.py" line="140"/>
        <location filename="../../deployment/dispatch/records.py" line="255"/>
        <location filename="../../deployment/dispatch/service.py" line="633"/>
        <location filename="../../deployment/reports/distribution.py" line="128"/>
        <location filename="../../deployment/reports/distribution.py" line="146"/>
        <location filename="../../deployment/reports/incident.py" line="73"/>
        <location filename="../../deployment/reports/incident.py" line="107"/>
        <location filename="../../deployment/reports/incident.py" line="113"/>
        <location filename="../../deployment/reports/incident.py" line="126"/>
        <location filename="../../deployment/reports/loans.py" line="89"/>
        <location filename="../../inventory/ledger.py" line="43"/>
        <location filename="../../tagana_app/doc_kinds.py" line="79"/>
        <source>Pengiriman</source>
        <translation>Dispatch</translation>
    </message>
    <message>
        <location filename="../../tagana_app/doc_kinds.py" line="69"/>
        <source>Berita Acara Penerimaan Barang</source>
        <translation>Goods receipt record</translation>
    </message>
    <message>
        <location filename="../../tagana_app/doc_kinds.py" line="71"/>
        <source>Surat Bukti Barang Keluar</source>
        <translation>Goods issue slip</translation>
    </message>
    <message>
        <location filename="../../tagana_app/doc_kinds.py" line="73"/>
        <source>Surat Jalan Mutasi Antargudang</source>
        <translation>Delivery note for a transfer between warehouses</translation>
    </message>
    <message>
        <location filename="../../tagana_app/doc_kinds.py" line="74"/>
        <source>Mutasi antargudang</source>
        <translation>Transfer between warehouses</translation>
    </message>
    <message>
        <location filename="../../tagana_app/doc_kinds.py" line="75"/>
        <source>Berita Acara Stock Opname</source>
        <translation>Stock count record</translation>
    </message>
    <message>
        <source>Stock Opname</source>
        <translation type="vanished">Stock count</translation>
    </message>
    <message>
        <location filename="../../tagana_app/doc_kinds.py" line="77"/>
        <source>Berita Acara Penghapusan</source>
        <translation>Write-off record</translation>
    </message>
    <message>
        <location filename="../../tagana_app/doc_kinds.py" line="84"/>
        <source>Koreksi (pembatalan)</source>
        <translation>Correction (reversal)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/doc_kinds.py" line="86"/>
        <source>Permintaan Bantuan</source>
        <translation>Request for Aid</translation>
    </message>
    <message>
        <location filename="../../tagana_app/doc_kinds.py" line="88"/>
        <source>Distribusi bantuan</source>
        <translation>Relief distribution</translation>
    </message>
    <message>
        <location filename="../../tagana_app/doc_kinds.py" line="91"/>
        <source>Saldo awal</source>
        <translation>Opening stock</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="60"/>
        <source>Kemensos</source>
        <translation>Ministry of Social Affairs (Kemensos)</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="61"/>
        <source>Dinsos Provinsi</source>
        <translation>Provincial social affairs office (Dinsos)</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="62"/>
        <source>Pengadaan APBD</source>
        <translation>Regional budget procurement (APBD)</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="63"/>
        <source>Donatur / dunia usaha</source>
        <translation>Donors / businesses</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="67"/>
        <source>sedang dipinjam</source>
        <translation>on loan</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="67"/>
        <source>sudah dihapus</source>
        <translation>written off</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="68"/>
        <source>penerimaannya dibatalkan</source>
        <translation>its receipt was reversed</translation>
    </message>
    <message>
        <location filename="../../inventory/cli.py" line="168"/>
        <location filename="../../inventory/stock.py" line="133"/>
        <location filename="../../ui/line_table.py" line="442"/>
        <source>Harga satuan</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="139"/>
        <source>di {warehouse}</source>
        <translation>in {warehouse}</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="143"/>
        <source>{place} ({reference})</source>
        <translation>{place} ({reference})</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="176"/>
        <source>Nomor dokumen pengirim</source>
        <translation>Sender&apos;s document number</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="177"/>
        <source>Pengirim</source>
        <translation>Sender</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/posko_receipt.py" line="152"/>
        <location filename="../../inventory/stock.py" line="189"/>
        <source>penerimaan</source>
        <translation>receipt</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="367"/>
        <source>sedang diusulkan untuk dihapus</source>
        <translation>proposed for write-off</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="446"/>
        <source>Nomor dokumen permintaan</source>
        <translation>Request document number</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="463"/>
        <source>pengeluaran</source>
        <translation>issue</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="500"/>
        <location filename="../../inventory/transfers.py" line="185"/>
        <location filename="../../inventory/transfers.py" line="290"/>
        <source>mutasi</source>
        <translation>movement</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="482"/>
        <location filename="../../inventory/transfers.py" line="210"/>
        <location filename="../../inventory/transfers.py" line="324"/>
        <source>Mutasi</source>
        <translation>Movement</translation>
    </message>
    <message>
        <location filename="../../inventory/ledger.py" line="36"/>
        <location filename="../../tagana_app/doc_kinds.py" line="70"/>
        <source>Penerimaan</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <location filename="../../inventory/ledger.py" line="37"/>
        <location filename="../../tagana_app/doc_kinds.py" line="72"/>
        <source>Pengeluaran</source>
        <translation>Issue</translation>
    </message>
    <message>
        <location filename="../../inventory/ledger.py" line="38"/>
        <source>Mutasi keluar</source>
        <translation>Transfer out</translation>
    </message>
    <message>
        <location filename="../../inventory/ledger.py" line="39"/>
        <source>Mutasi masuk</source>
        <translation>Transfer in</translation>
    </message>
    <message>
        <location filename="../../inventory/ledger.py" line="40"/>
        <source>Penyesuaian opname</source>
        <translation>Stock count adjustment</translation>
    </message>
    <message>
        <location filename="../../inventory/ledger.py" line="41"/>
        <location filename="../../inventory/writeoffs.py" line="221"/>
        <location filename="../../inventory/writeoffs.py" line="273"/>
        <location filename="../../inventory/writeoffs.py" line="322"/>
        <location filename="../../tagana_app/doc_kinds.py" line="78"/>
        <source>Penghapusan</source>
        <translation>Write-off</translation>
    </message>
    <message>
        <location filename="../../inventory/ledger.py" line="42"/>
        <source>Pembatalan</source>
        <translation>Reversal</translation>
    </message>
    <message>
        <location filename="../../inventory/ledger.py" line="44"/>
        <location filename="../../inventory/stock.py" line="64"/>
        <source>Pengembalian</source>
        <translation>Return</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/dashboard.py" line="31"/>
        <location filename="../../inventory/stock.py" line="65"/>
        <source>Lainnya</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/models.py" line="34"/>
        <location filename="../../deployment/exchange/sites.py" line="33"/>
        <location filename="../../deployment/models.py" line="284"/>
        <location filename="../../deployment/reports/distribution.py" line="159"/>
        <location filename="../../deployment/reports/incident.py" line="64"/>
        <location filename="../../inventory/catalog.py" line="33"/>
        <source>Posko</source>
        <translation>Command post</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/models.py" line="34"/>
        <location filename="../../deployment/distribution/models.py" line="21"/>
        <location filename="../../deployment/reports/distribution.py" line="158"/>
        <source>Desa/Kelurahan</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/models.py" line="35"/>
        <location filename="../../deployment/models.py" line="283"/>
        <location filename="../../deployment/reports/distribution.py" line="159"/>
        <location filename="../../deployment/validate.py" line="261"/>
        <source>Kecamatan</source>
        <translation>District (kecamatan)</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/models.py" line="37"/>
        <source>per kepala keluarga</source>
        <translation>per household</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/models.py" line="37"/>
        <source>per jiwa</source>
        <translation>per person</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/models.py" line="38"/>
        <source>jumlah tetap</source>
        <translation>fixed quantity</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/models.py" line="39"/>
        <location filename="../../inventory/models.py" line="50"/>
        <source>baik</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/models.py" line="39"/>
        <location filename="../../inventory/models.py" line="50"/>
        <source>rusak ringan</source>
        <translation>slightly damaged</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/models.py" line="39"/>
        <location filename="../../inventory/models.py" line="50"/>
        <source>rusak berat</source>
        <translation>badly damaged</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/__init__.py" line="18"/>
        <source>Posisi stok</source>
        <translation>Stock position</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/__init__.py" line="19"/>
        <source>Saldo setiap barang di setiap gudang pada akhir tanggal yang dipilih, dihitung dari buku persediaan.</source>
        <translation>Balance of every item in every warehouse at the end of the chosen date, computed from the stock ledger.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/__init__.py" line="21"/>
        <source>Nilai persediaan</source>
        <translation>Stock value</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/__init__.py" line="22"/>
        <source>Nilai barang (jumlah x harga satuan per batch) per gudang dan kategori pada akhir tanggal yang dipilih, untuk laporan semesteran dan tahunan.</source>
        <translation>Value of goods (quantity x unit price per batch) per warehouse and category at the end of the chosen date, for the semester and annual reports.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/__init__.py" line="24"/>
        <source>Rekap distribusi per kejadian</source>
        <translation>Distribution summary per incident</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/__init__.py" line="26"/>
        <source>Barang yang disalurkan ke setiap desa/kecamatan: pengiriman, nomor BAST, penerima; jumlah per barang.</source>
        <translation>Goods distributed to each village/district: dispatches, BAST numbers, recipients; totals per item.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/__init__.py" line="28"/>
        <source>Rekap penugasan relawan</source>
        <translation>Volunteer assignment summary</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/__init__.py" line="29"/>
        <source>Hari tugas per relawan dan per kejadian beserta perannya, dibatasi pada periode.</source>
        <translation>Duty days per volunteer and per incident with their roles, limited to the period.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/__init__.py" line="30"/>
        <source>Peralatan dipinjam</source>
        <translation>Equipment on loan</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/__init__.py" line="31"/>
        <source>Setiap unit peralatan yang berada di luar gudang: di mana, sejak kapan, dan yang terlambat kembali.</source>
        <translation>Every equipment unit outside the warehouse: where, since when, and which are overdue for return.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/__init__.py" line="33"/>
        <source>Pertanggungjawaban kejadian</source>
        <translation>Incident accountability report</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/__init__.py" line="34"/>
        <source>Satu dokumen per kejadian: dampak, kebutuhan, pengiriman, BAST, relawan, pengembalian dan penghapusan.</source>
        <translation>One document per incident: impact, needs, dispatches, BAST, volunteers, returns and write-offs.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/__init__.py" line="36"/>
        <location filename="../../deployment/reports/requests.py" line="101"/>
        <source>Register permintaan bantuan</source>
        <translation>Register of aid requests</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/__init__.py" line="37"/>
        <source>Setiap surat permintaan: pemohon, yang diminta, keputusan, yang sudah dipenuhi, status dan keterlambatan terhadap standar pelayanan.</source>
        <translation>Every request letter: requester, what was asked, the decision, what has been fulfilled, status and delay against the service standard.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/core_cli.py" line="139"/>
        <location filename="../../tagana_app/permissions.py" line="100"/>
        <location filename="../../ui/pages/local_settings.py" line="45"/>
        <source>membuat cadangan</source>
        <translation>make backups</translation>
    </message>
    <message>
        <location filename="../../tagana_app/core_cli.py" line="141"/>
        <location filename="../../tagana_app/core_cli.py" line="152"/>
        <location filename="../../tagana_app/demo.py" line="89"/>
        <location filename="../../ui/pages/local_settings.py" line="47"/>
        <location filename="../../ui/pages/local_settings.py" line="63"/>
        <source>basis data</source>
        <translation>database</translation>
    </message>
    <message>
        <location filename="../../tagana_app/core_cli.py" line="147"/>
        <location filename="../../ui/pages/local_settings.py" line="54"/>
        <source>memulihkan cadangan</source>
        <translation>restore backups</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/dashboard.py" line="117"/>
        <source>Kejadian aktif</source>
        <translation>Active incidents</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/dashboard.py" line="118"/>
        <source>siaga, tanggap darurat atau transisi</source>
        <translation>alert, emergency response or transition</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/province.py" line="168"/>
        <location filename="../../deployment/reports/dashboard.py" line="119"/>
        <source>Relawan bertugas hari ini</source>
        <translation>Volunteers on duty today</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/dashboard.py" line="119"/>
        <source>menurut penugasan</source>
        <translation>according to assignments</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/dashboard.py" line="121"/>
        <source>Menunggu persetujuan</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/dashboard.py" line="121"/>
        <source>pengiriman berstatus konsep</source>
        <translation>dispatches in draft</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/dashboard.py" line="123"/>
        <source>Barang di bawah minimum</source>
        <translation>Items below minimum</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/dashboard.py" line="123"/>
        <source>per gudang</source>
        <translation>per warehouse</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/dashboard.py" line="125"/>
        <source>Batch segera kedaluwarsa</source>
        <translation>Batches expiring soon</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/dashboard.py" line="126"/>
        <location filename="../../deployment/reports/dashboard.py" line="135"/>
        <source>dalam {days} hari</source>
        <translation>within {days} days</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/dashboard.py" line="127"/>
        <source>Stok kedaluwarsa di gudang</source>
        <translation>Expired stock in warehouses</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/dashboard.py" line="128"/>
        <source>jumlah: {quantities}</source>
        <translation>amount: {quantities}</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/dashboard.py" line="137"/>
        <source>Permintaan terlambat</source>
        <translation>Overdue requests</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/dashboard.py" line="138"/>
        <source>melewati standar {days} hari kerja</source>
        <translation>past the standard of {days} working days</translation>
    </message>
    <message>
        <source>{quantity} satuan</source>
        <translation type="vanished">{quantity} units</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/dashboard.py" line="131"/>
        <source>Peralatan terlambat kembali</source>
        <translation>Equipment overdue for return</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/dashboard.py" line="132"/>
        <source>dari {count} unit yang dipinjam</source>
        <translation>of {count} units on loan</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="322"/>
        <location filename="../../deployment/permissions.py" line="15"/>
        <source>menugaskan relawan</source>
        <translation>assign volunteers</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="344"/>
        <location filename="../../deployment/assignments.py" line="399"/>
        <location filename="../../deployment/assignments.py" line="462"/>
        <location filename="../../deployment/assignments.py" line="478"/>
        <location filename="../../deployment/assignments.py" line="505"/>
        <location filename="../../deployment/assignments.py" line="528"/>
        <location filename="../../deployment/exchange/kinds_down.py" line="474"/>
        <location filename="../../deployment/exchange/kinds_up.py" line="329"/>
        <source>penugasan</source>
        <translation>assignment</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="362"/>
        <source>Penugasan</source>
        <translation>Assignment</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="376"/>
        <source>mengubah masa penugasan</source>
        <translation>change an assignment&apos;s period</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="454"/>
        <source>mencatat kedatangan relawan</source>
        <translation>record a volunteer&apos;s arrival</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="456"/>
        <location filename="../../deployment/assignments.py" line="457"/>
        <source>datang</source>
        <translation>arrival</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="468"/>
        <source>mencatat kepulangan relawan</source>
        <translation>record a volunteer&apos;s departure</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="470"/>
        <location filename="../../deployment/assignments.py" line="473"/>
        <source>pulang</source>
        <translation>departure</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="494"/>
        <source>membatalkan penugasan</source>
        <translation>void an assignment</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="661"/>
        <source>Sedesa dengan lokasi kejadian ({place})</source>
        <translation>Same village as the incident ({place})</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="673"/>
        <source>Keahlian {role}, sertifikat berlaku s.d. {expiry}</source>
        <translation>Skill {role}, certificate valid until {expiry}</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="676"/>
        <source>Keahlian {role}</source>
        <translation>Skill {role}</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="678"/>
        <source>Keahlian {role}, tetapi sertifikat habis berlaku {expiry}</source>
        <translation>Skill {role}, but the certificate expired on {expiry}</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="681"/>
        <source>Tidak memiliki keahlian {role}</source>
        <translation>Does not have the skill {role}</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="691"/>
        <source>Istirahat hanya {rest} hari (minimum {min} hari)</source>
        <translation>Only {rest} rest days (minimum {min} days)</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="694"/>
        <source>Istirahat {rest} hari sejak penugasan terakhir</source>
        <translation>{rest} rest days since the last assignment</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="696"/>
        <source>Belum ada penugasan sebelumnya</source>
        <translation>No earlier assignment</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="662"/>
        <source>Sekecamatan dengan lokasi kejadian ({place})</source>
        <translation>Same kecamatan as the incident site ({place})</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="249"/>
        <source>sejak penugasan sebelumnya</source>
        <translation>since the previous assignment</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="256"/>
        <source>sebelum penugasan berikutnya</source>
        <translation>before the next assignment</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="663"/>
        <source>Sekabupaten/kota dengan lokasi kejadian (Kec. {place})</source>
        <translation>Same kabupaten/kota as the incident site (Kec. {place})</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="664"/>
        <source>Seprovinsi (Kec. {place})</source>
        <translation>Same province (Kec. {place})</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="665"/>
        <source>Di luar provinsi lokasi kejadian (Kec. {place})</source>
        <translation>Outside the incident site&apos;s province (Kec. {place})</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="684"/>
        <source>Jenjang {level}</source>
        <translation>Level {level}</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="685"/>
        <source>{days} hari bertugas dalam {window} hari terakhir</source>
        <translation>{days} duty days in the last {window} days</translation>
    </message>
    <message>
        <location filename="../../deployment/demo_set.py" line="19"/>
        <source>gudang dan stok</source>
        <translation>warehouses and stock</translation>
    </message>
    <message>
        <location filename="../../deployment/demo_set.py" line="20"/>
        <source>relawan, kejadian dan penugasan</source>
        <translation>volunteers, incidents and assignments</translation>
    </message>
    <message>
        <location filename="../../deployment/demo_set.py" line="21"/>
        <source>paket dan pengiriman</source>
        <translation>kits and dispatches</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/documents.py" line="222"/>
        <source>spt</source>
        <translation>SPT</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/documents.py" line="303"/>
        <source>mencetak surat perintah tugas</source>
        <translation>print duty orders (SPT)</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/documents.py" line="314"/>
        <source>SPT</source>
        <translation>SPT</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/kits.py" line="79"/>
        <location filename="../../deployment/dispatch/kits.py" line="115"/>
        <location filename="../../deployment/dispatch/kits.py" line="139"/>
        <source>Paket</source>
        <translation>Kit</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/kits.py" line="108"/>
        <location filename="../../deployment/permissions.py" line="19"/>
        <source>membuat paket barang</source>
        <translation>create kits</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/kits.py" line="98"/>
        <source>Jumlah {item} dalam paket</source>
        <translation>Quantity of {item} in the kit</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/kits.py" line="99"/>
        <source>Pembagi {item} dalam paket</source>
        <translation>Divisor of {item} in the kit</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/kits.py" line="121"/>
        <location filename="../../deployment/dispatch/kits.py" line="154"/>
        <location filename="../../deployment/dispatch/kits.py" line="171"/>
        <location filename="../../inventory/models.py" line="45"/>
        <source>paket</source>
        <translation>kit</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/kits.py" line="131"/>
        <source>mengubah paket barang</source>
        <translation>change aid kits</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/kits.py" line="165"/>
        <source>menghapus paket barang</source>
        <translation>remove aid kits</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/kits.py" line="191"/>
        <source>Jumlah {basis}</source>
        <translation>Number of {basis}</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/kits.py" line="194"/>
        <source>Jumlah {item} untuk paket {kit}</source>
        <translation>Quantity of {item} for kit {kit}</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/kits.py" line="217"/>
        <source>kepala keluarga (KK)</source>
        <translation>households (KK)</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/kits.py" line="217"/>
        <source>jiwa/pengungsi</source>
        <translation>people/displaced</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/kits.py" line="223"/>
        <location filename="../../deployment/dispatch/release.py" line="79"/>
        <location filename="../../deployment/dispatch/returns.py" line="134"/>
        <location filename="../../deployment/dispatch/service.py" line="191"/>
        <location filename="../../deployment/dispatch/service.py" line="282"/>
        <location filename="../../deployment/dispatch/service.py" line="315"/>
        <location filename="../../deployment/dispatch/service.py" line="337"/>
        <location filename="../../deployment/dispatch/service.py" line="394"/>
        <location filename="../../deployment/dispatch/service.py" line="417"/>
        <location filename="../../deployment/dispatch/service.py" line="428"/>
        <location filename="../../deployment/dispatch/service.py" line="443"/>
        <location filename="../../deployment/dispatch/service.py" line="453"/>
        <location filename="../../deployment/dispatch/service.py" line="482"/>
        <location filename="../../deployment/dispatch/service.py" line="522"/>
        <location filename="../../deployment/dispatch/service.py" line="588"/>
        <location filename="../../deployment/dispatch/service.py" line="636"/>
        <location filename="../../deployment/dispatch/service.py" line="664"/>
        <location filename="../../deployment/exchange/kinds_down.py" line="475"/>
        <source>pengiriman</source>
        <translation>dispatch</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/returns.py" line="73"/>
        <location filename="../../deployment/dispatch/service.py" line="326"/>
        <location filename="../../deployment/dispatch/service.py" line="351"/>
        <location filename="../../deployment/dispatch/service.py" line="566"/>
        <source>Barang pada pengiriman</source>
        <translation>Item on the dispatch</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="166"/>
        <location filename="../../deployment/dispatch/service.py" line="266"/>
        <source>Wilayah tujuan</source>
        <translation>Destination area</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="238"/>
        <source>pengiriman untuk permintaan</source>
        <translation>a dispatch for a request</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="366"/>
        <location filename="../../deployment/reports/incident.py" line="129"/>
        <location filename="../../deployment/reports/incident.py" line="138"/>
        <location filename="../../deployment/reports/loans.py" line="87"/>
        <location filename="../../inventory/equipment.py" line="69"/>
        <location filename="../../inventory/stock.py" line="361"/>
        <location filename="../../tagana_app/cleaning.py" line="50"/>
        <source>Nomor seri</source>
        <translation>Serial number</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="369"/>
        <source>dicadangkan untuk pengiriman lain</source>
        <translation>reserved for another dispatch</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="370"/>
        <source>tidak berada di gudang ini</source>
        <translation>not in this warehouse</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="371"/>
        <source>berstatus {status}</source>
        <translation>has status {status}</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="377"/>
        <source>Jumlah batch {batch}</source>
        <translation>Quantity of batch {batch}</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="384"/>
        <location filename="../../inventory/stock.py" line="324"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="476"/>
        <source>sudah dicadangkan atau tidak lagi di gudang ini</source>
        <translation>already reserved or no longer in this warehouse</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="507"/>
        <source>sudah keluar gudang dan tidak ada unit pengganti</source>
        <translation>already out of the warehouse and no replacement unit is free</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="570"/>
        <source>Jumlah diterima {item}</source>
        <translation>Quantity received of {item}</translation>
    </message>
    <message>
        <location filename="../../deployment/incidents.py" line="100"/>
        <location filename="../../deployment/reports/incident.py" line="59"/>
        <source>Jenis bencana</source>
        <translation>Disaster type</translation>
    </message>
    <message>
        <location filename="../../deployment/incidents.py" line="106"/>
        <location filename="../../deployment/reports/incident.py" line="63"/>
        <source>Status keadaan darurat</source>
        <translation>Emergency status</translation>
    </message>
    <message>
        <location filename="../../deployment/incidents.py" line="126"/>
        <source>Angka {name}</source>
        <translation>Figure {name}</translation>
    </message>
    <message>
        <location filename="../../deployment/incidents.py" line="134"/>
        <source>jiwa</source>
        <translation>people</translation>
    </message>
    <message>
        <location filename="../../deployment/incidents.py" line="135"/>
        <source>meninggal</source>
        <translation>dead</translation>
    </message>
    <message>
        <location filename="../../deployment/incidents.py" line="135"/>
        <source>luka</source>
        <translation>injured</translation>
    </message>
    <message>
        <location filename="../../deployment/incidents.py" line="135"/>
        <source>hilang</source>
        <translation>missing</translation>
    </message>
    <message>
        <location filename="../../deployment/incidents.py" line="136"/>
        <source>rumah rusak</source>
        <translation>damaged houses</translation>
    </message>
    <message>
        <location filename="../../deployment/closing.py" line="137"/>
        <location filename="../../deployment/exchange/posko.py" line="53"/>
        <location filename="../../deployment/incidents.py" line="180"/>
        <location filename="../../deployment/incidents.py" line="327"/>
        <location filename="../../deployment/reports/deployments.py" line="89"/>
        <location filename="../../deployment/reports/deployments.py" line="102"/>
        <location filename="../../deployment/reports/deployments.py" line="109"/>
        <location filename="../../deployment/reports/distribution.py" line="126"/>
        <location filename="../../deployment/reports/distribution.py" line="157"/>
        <location filename="../../deployment/reports/loans.py" line="89"/>
        <source>Kejadian</source>
        <translation>Incident</translation>
    </message>
    <message>
        <location filename="../../deployment/incidents.py" line="231"/>
        <source>mencatat kejadian bencana</source>
        <translation>record disaster incidents</translation>
    </message>
    <message>
        <location filename="../../deployment/incidents.py" line="237"/>
        <location filename="../../deployment/incidents.py" line="288"/>
        <location filename="../../deployment/reports/incident.py" line="61"/>
        <source>Wilayah terdampak</source>
        <translation>Affected areas</translation>
    </message>
    <message>
        <location filename="../../deployment/emergency.py" line="130"/>
        <source>menetapkan status darurat kejadian</source>
        <translation>set an incident&apos;s emergency status</translation>
    </message>
    <message>
        <location filename="../../deployment/emergency.py" line="138"/>
        <source>Tanggal SK</source>
        <translation>Decree date</translation>
    </message>
    <message>
        <location filename="../../deployment/emergency.py" line="139"/>
        <source>Penerbit SK</source>
        <translation>Decree issued by</translation>
    </message>
    <message>
        <location filename="../../deployment/emergency.py" line="140"/>
        <source>Akhir masa status</source>
        <translation>End of the status period</translation>
    </message>
    <message>
        <location filename="../../deployment/emergency.py" line="154"/>
        <location filename="../../deployment/emergency.py" line="190"/>
        <location filename="../../deployment/exchange/kinds_down.py" line="472"/>
        <location filename="../../deployment/incidents.py" line="262"/>
        <location filename="../../deployment/incidents.py" line="313"/>
        <location filename="../../deployment/incidents.py" line="351"/>
        <source>kejadian</source>
        <translation>incident</translation>
    </message>
    <message>
        <location filename="../../deployment/emergency.py" line="164"/>
        <source>memperpanjang status darurat kejadian</source>
        <translation>extend an incident&apos;s emergency status</translation>
    </message>
    <message>
        <location filename="../../deployment/incidents.py" line="275"/>
        <location filename="../../deployment/permissions.py" line="14"/>
        <source>mengubah kejadian bencana</source>
        <translation>change disaster incidents</translation>
    </message>
    <message>
        <location filename="../../deployment/incidents.py" line="341"/>
        <source>memperbarui angka dampak kejadian</source>
        <translation>update an incident&apos;s impact figures</translation>
    </message>
    <message>
        <location filename="../../deployment/incidents.py" line="134"/>
        <location filename="../../deployment/needs.py" line="95"/>
        <source>pengungsi</source>
        <translation>displaced people</translation>
    </message>
    <message>
        <location filename="../../deployment/incidents.py" line="134"/>
        <location filename="../../deployment/needs.py" line="95"/>
        <location filename="../../deployment/reports/distribution.py" line="161"/>
        <location filename="../../deployment/reports/incident.py" line="35"/>
        <source>KK</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="96"/>
        <source>hari</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="107"/>
        <location filename="../../inventory/catalog_edit.py" line="49"/>
        <source>Beras</source>
        <translation>Rice</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="108"/>
        <source>{rate} kg/orang/hari × {people} orang × {days} hari</source>
        <translation>{rate} kg/person/day × {people} people × {days} days</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="111"/>
        <location filename="../../inventory/catalog_edit.py" line="50"/>
        <source>Air bersih/minum</source>
        <translation>Clean/drinking water</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="112"/>
        <source>{rate} L/orang/hari × {people} orang × {days} hari (hari pertama minimal {first} L/orang)</source>
        <translation>{rate} L/person/day × {people} people × {days} days (at least {first} L/person on the first day)</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="116"/>
        <location filename="../../inventory/catalog_edit.py" line="51"/>
        <source>Makanan siap saji</source>
        <translation>Ready meals</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="118"/>
        <source>{meals} paket/orang/hari × {people} orang × {days} hari pertama (sebelum dapur umum berjalan)</source>
        <translation>{meals} packs/person/day × {people} people × the first {days} days (before a public kitchen runs)</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="120"/>
        <source>Energi makanan</source>
        <translation>Food energy</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="121"/>
        <source>kkal</source>
        <translation>kcal</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="121"/>
        <source>{rate} kkal/orang/hari</source>
        <translation>{rate} kcal/person/day</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="122"/>
        <source>Porsi makan</source>
        <translation>Meal portions</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="122"/>
        <source>porsi</source>
        <translation>portions</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="123"/>
        <source>{meals} kali makan/orang/hari</source>
        <translation>{meals} meals/person/day</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="124"/>
        <location filename="../../inventory/catalog_edit.py" line="52"/>
        <source>Family kit</source>
        <translation>Family kit</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="125"/>
        <source>{rate} paket per KK × {kk} KK</source>
        <translation>{rate} kits per household × {kk} households</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="126"/>
        <location filename="../../inventory/catalog_edit.py" line="53"/>
        <source>Selimut</source>
        <translation>Blankets</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="127"/>
        <source>{rate} lembar/pengungsi × {people} orang</source>
        <translation>{rate} per displaced person × {people} people</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="130"/>
        <location filename="../../inventory/catalog_edit.py" line="54"/>
        <source>Tenda (ruang hunian tertutup)</source>
        <translation>Tents (covered living space)</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="131"/>
        <source>{rate} m²/orang × {people} orang; tenda dihitung menurut luasnya (isi per satuan, m²)</source>
        <translation>{rate} m²/person × {people} people; tents count by their floor area (content per unit, m²)</translation>
    </message>
    <message>
        <source>Ruang hunian tertutup</source>
        <translation type="vanished">Covered living space</translation>
    </message>
    <message>
        <source>{rate} m²/orang</source>
        <translation type="vanished">{rate} m²/person</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="133"/>
        <location filename="../../inventory/catalog_edit.py" line="55"/>
        <source>Dapur umum lapangan</source>
        <translation>Field public kitchen</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="134"/>
        <source>1 dapur umum ≈ {portions} porsi sekali masak</source>
        <translation>1 public kitchen ≈ {portions} portions per cooking</translation>
    </message>
    <message>
        <location filename="../../deployment/permissions.py" line="12"/>
        <location filename="../../deployment/volunteers.py" line="358"/>
        <source>mengubah data relawan</source>
        <translation>change volunteer details</translation>
    </message>
    <message>
        <location filename="../../deployment/permissions.py" line="13"/>
        <location filename="../../deployment/roster.py" line="403"/>
        <location filename="../../deployment/roster.py" line="416"/>
        <source>mengimpor daftar relawan</source>
        <translation>import volunteer rosters</translation>
    </message>
    <message>
        <location filename="../../deployment/permissions.py" line="17"/>
        <source>mengecualikan penolakan penugasan</source>
        <translation>override an assignment refusal</translation>
    </message>
    <message>
        <location filename="../../deployment/permissions.py" line="22"/>
        <source>mencatat permintaan bantuan</source>
        <translation>record requests for aid</translation>
    </message>
    <message>
        <location filename="../../deployment/permissions.py" line="23"/>
        <source>memutuskan permintaan bantuan</source>
        <translation>decide requests for aid</translation>
    </message>
    <message>
        <location filename="../../deployment/permissions.py" line="24"/>
        <source>membatalkan permintaan bantuan</source>
        <translation>cancel requests for aid</translation>
    </message>
    <message>
        <location filename="../../deployment/permissions.py" line="26"/>
        <source>mencatat distribusi bantuan</source>
        <translation>record relief distributions</translation>
    </message>
    <message>
        <location filename="../../deployment/permissions.py" line="30"/>
        <source>melihat NIK dan nomor HP relawan utuh</source>
        <translation>see volunteers&apos; full NIK and phone numbers</translation>
    </message>
    <message>
        <location filename="../../deployment/permissions.py" line="31"/>
        <source>mengekspor data pribadi relawan</source>
        <translation>export volunteers&apos; personal data</translation>
    </message>
    <message>
        <location filename="../../deployment/permissions.py" line="38"/>
        <source>menutup dengan pengecualian</source>
        <translation>close with an override</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/deployments.py" line="86"/>
        <source>Penugasan per relawan dan kejadian</source>
        <translation>Assignments per volunteer and incident</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/deployments.py" line="87"/>
        <location filename="../../deployment/reports/deployments.py" line="100"/>
        <location filename="../../deployment/reports/deployments.py" line="109"/>
        <location filename="../../deployment/reports/distribution.py" line="126"/>
        <location filename="../../deployment/reports/distribution.py" line="144"/>
        <location filename="../../deployment/reports/distribution.py" line="157"/>
        <location filename="../../deployment/reports/incident.py" line="82"/>
        <location filename="../../deployment/reports/incident.py" line="97"/>
        <location filename="../../deployment/reports/incident.py" line="106"/>
        <location filename="../../deployment/reports/loans.py" line="86"/>
        <location filename="../../deployment/reports/loans.py" line="101"/>
        <location filename="../../deployment/reports/requests.py" line="102"/>
        <location filename="../../deployment/reports/requests.py" line="118"/>
        <location filename="../../deployment/reports/stock.py" line="88"/>
        <location filename="../../deployment/reports/stock.py" line="99"/>
        <location filename="../../deployment/reports/stock.py" line="111"/>
        <location filename="../../deployment/reports/value.py" line="61"/>
        <location filename="../../deployment/reports/value.py" line="75"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/deployments.py" line="87"/>
        <location filename="../../deployment/reports/deployments.py" line="100"/>
        <source>Nama relawan</source>
        <translation>Volunteer name</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/deployments.py" line="88"/>
        <location filename="../../deployment/reports/deployments.py" line="101"/>
        <location filename="../../tagana_app/cleaning.py" line="49"/>
        <source>NIAT</source>
        <translation>NIAT</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/deployments.py" line="88"/>
        <location filename="../../deployment/reports/deployments.py" line="101"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/deployments.py" line="90"/>
        <location filename="../../deployment/reports/deployments.py" line="110"/>
        <location filename="../../deployment/reports/distribution.py" line="127"/>
        <location filename="../../deployment/reports/incident.py" line="60"/>
        <source>Nama kejadian</source>
        <translation>Incident name</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/deployments.py" line="90"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/deployments.py" line="91"/>
        <location filename="../../deployment/reports/incident.py" line="62"/>
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/deployments.py" line="92"/>
        <source>Sampai</source>
        <translation>Until</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/deployments.py" line="93"/>
        <location filename="../../deployment/reports/deployments.py" line="103"/>
        <location filename="../../deployment/reports/deployments.py" line="112"/>
        <source>Hari tugas</source>
        <translation>Duty days</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/deployments.py" line="96"/>
        <source>Jumlah hari tugas</source>
        <translation>Total duty days</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/deployments.py" line="99"/>
        <source>Jumlah per relawan</source>
        <translation>Totals per volunteer</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/deployments.py" line="105"/>
        <source>Jumlah ({count} relawan)</source>
        <translation>Total ({count} volunteers)</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/deployments.py" line="108"/>
        <source>Jumlah per kejadian</source>
        <translation>Totals per incident</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/deployments.py" line="111"/>
        <location filename="../../deployment/volunteers.py" line="233"/>
        <source>Relawan</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/records.py" line="388"/>
        <location filename="../../deployment/distribution/service.py" line="213"/>
        <location filename="../../deployment/reports/deployments.py" line="114"/>
        <location filename="../../deployment/reports/distribution.py" line="165"/>
        <location filename="../../deployment/reports/incident.py" line="101"/>
        <location filename="../../deployment/reports/incident.py" line="128"/>
        <location filename="../../deployment/reports/incident.py" line="139"/>
        <location filename="../../deployment/reports/loans.py" line="87"/>
        <location filename="../../deployment/reports/loans.py" line="96"/>
        <location filename="../../deployment/reports/loans.py" line="106"/>
        <location filename="../../deployment/reports/requests.py" line="121"/>
        <location filename="../../deployment/reports/stock.py" line="92"/>
        <location filename="../../deployment/reports/stock.py" line="103"/>
        <location filename="../../deployment/reports/stock.py" line="114"/>
        <location filename="../../deployment/reports/value.py" line="64"/>
        <location filename="../../deployment/reports/value.py" line="82"/>
        <location filename="../../deployment/requests.py" line="280"/>
        <location filename="../../inventory/stock.py" line="121"/>
        <location filename="../../inventory/stock.py" line="127"/>
        <location filename="../../ui/line_table.py" line="405"/>
        <source>Jumlah</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/deployments.py" line="120"/>
        <source>Hari tugas dihitung per hari kalender, hari pertama dan terakhir ikut dihitung, dibatasi pada periode laporan. Jumlah per relawan menghitung satu hari sekali saja.</source>
        <translation>Duty days are counted per calendar day, the first and the last day included, limited to the report period. The totals per volunteer count each day only once.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/deployments.py" line="131"/>
        <location filename="../../deployment/reports/distribution.py" line="208"/>
        <location filename="../../deployment/reports/loans.py" line="118"/>
        <location filename="../../deployment/reports/stock.py" line="160"/>
        <source>Memeriksa filter</source>
        <translation>Checking the filter</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/deployments.py" line="148"/>
        <source>Membaca penugasan</source>
        <translation>Reading assignments</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/deployments.py" line="160"/>
        <source>Menghitung hari tugas</source>
        <translation>Counting duty days</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/deployments.py" line="181"/>
        <location filename="../../deployment/reports/distribution.py" line="275"/>
        <location filename="../../deployment/reports/incident.py" line="255"/>
        <location filename="../../deployment/reports/loans.py" line="191"/>
        <location filename="../../deployment/reports/requests.py" line="141"/>
        <location filename="../../deployment/reports/stock.py" line="192"/>
        <location filename="../../deployment/reports/value.py" line="106"/>
        <source>Selesai.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/deployments.py" line="183"/>
        <source>REKAPITULASI PENUGASAN RELAWAN TAGANA</source>
        <translation>TAGANA VOLUNTEER ASSIGNMENT SUMMARY</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="125"/>
        <source>Rincian penyaluran</source>
        <translation>Distribution details</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="129"/>
        <source>Tgl kirim</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="130"/>
        <location filename="../../deployment/roster.py" line="267"/>
        <location filename="../../tagana_app/regions.py" line="39"/>
        <source>Kode wilayah</source>
        <translation>Area code</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="131"/>
        <source>Desa/Kecamatan</source>
        <translation>Desa/Kecamatan</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="131"/>
        <location filename="../../deployment/reports/incident.py" line="99"/>
        <location filename="../../tagana_app/cleaning.py" line="45"/>
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="132"/>
        <location filename="../../deployment/reports/incident.py" line="106"/>
        <source>Nomor BAST</source>
        <translation>BAST number</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="133"/>
        <source>Diserahkan kepada</source>
        <translation>Handed over to</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="134"/>
        <location filename="../../deployment/reports/distribution.py" line="145"/>
        <location filename="../../deployment/reports/incident.py" line="113"/>
        <location filename="../../deployment/reports/incident.py" line="127"/>
        <location filename="../../deployment/reports/incident.py" line="138"/>
        <location filename="../../deployment/reports/loans.py" line="86"/>
        <location filename="../../deployment/reports/loans.py" line="102"/>
        <location filename="../../deployment/reports/stock.py" line="90"/>
        <location filename="../../deployment/reports/stock.py" line="100"/>
        <location filename="../../deployment/reports/stock.py" line="113"/>
        <location filename="../../deployment/reports/value.py" line="63"/>
        <source>Uraian barang</source>
        <translation>Item description</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="136"/>
        <location filename="../../deployment/reports/distribution.py" line="148"/>
        <location filename="../../deployment/reports/incident.py" line="115"/>
        <location filename="../../inventory/transfers.py" line="50"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="136"/>
        <location filename="../../deployment/reports/distribution.py" line="149"/>
        <location filename="../../deployment/reports/incident.py" line="92"/>
        <location filename="../../deployment/reports/incident.py" line="115"/>
        <location filename="../../deployment/reports/incident.py" line="128"/>
        <location filename="../../deployment/reports/loans.py" line="88"/>
        <location filename="../../deployment/reports/loans.py" line="104"/>
        <location filename="../../deployment/reports/stock.py" line="92"/>
        <location filename="../../deployment/reports/stock.py" line="103"/>
        <location filename="../../deployment/reports/stock.py" line="114"/>
        <location filename="../../deployment/reports/value.py" line="64"/>
        <location filename="../../inventory/catalog_edit.py" line="263"/>
        <location filename="../../inventory/catalog_edit.py" line="433"/>
        <location filename="../../inventory/catalog_edit.py" line="450"/>
        <location filename="../../tagana_app/cleaning.py" line="50"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="156"/>
        <source>Penyaluran ke desa/rumah tangga</source>
        <translation>Distribution to villages/households</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="158"/>
        <source>Kode desa</source>
        <translation>Village code</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="162"/>
        <source>Barang disalurkan</source>
        <translation>Goods distributed</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="167"/>
        <source>Distribusi yang tidak dibatalkan, dari gudang kantor dan dari posko (yang sudah diterima lewat berkas pertukaran). KK: penerima kepala keluarga; Jiwa: jumlah jiwa yang dicatat.</source>
        <translation>Distributions not cancelled, from the office warehouse and from command posts (already received through exchange files). Households: recipients who are heads of household; People: number of people recorded.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="176"/>
        <source>{count} pengiriman</source>
        <translation>{count} dispatches</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="143"/>
        <location filename="../../deployment/reports/loans.py" line="100"/>
        <location filename="../../deployment/reports/stock.py" line="98"/>
        <source>Jumlah per barang</source>
        <translation>Totals per item</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="144"/>
        <location filename="../../deployment/reports/loans.py" line="101"/>
        <location filename="../../deployment/reports/stock.py" line="89"/>
        <location filename="../../deployment/reports/stock.py" line="99"/>
        <location filename="../../deployment/reports/stock.py" line="113"/>
        <location filename="../../deployment/reports/value.py" line="63"/>
        <location filename="../../tagana_app/cleaning.py" line="42"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="149"/>
        <source>Dikembalikan</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="152"/>
        <location filename="../../deployment/reports/stock.py" line="106"/>
        <source>Jumlah jenis barang</source>
        <translation>Number of items</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="177"/>
        <source>Jumlah dalam {unit}</source>
        <translation>Total in {unit}</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="182"/>
        <source>Dikirim: jumlah yang keluar dari gudang menurut buku persediaan. Diterima: hitungan penerima saat serah terima (kosong bila belum diserahterimakan).</source>
        <translation>Sent: the quantity that left the warehouse according to the stock ledger. Received: the recipient&apos;s count at the handover (empty until handed over).</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="224"/>
        <source>Menjumlahkan barang keluar dari buku persediaan</source>
        <translation>Adding up the goods issued in the stock ledger</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="250"/>
        <location filename="../../deployment/reports/stock.py" line="182"/>
        <source>Menyusun jumlah per barang</source>
        <translation>Totalling per item</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/distribution.py" line="276"/>
        <source>REKAPITULASI DISTRIBUSI BANTUAN PER KEJADIAN BENCANA</source>
        <translation>RELIEF DISTRIBUTION SUMMARY PER DISASTER INCIDENT</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/export.py" line="139"/>
        <source>Menulis lembar {sheet}</source>
        <translation>Writing sheet {sheet}</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/export.py" line="152"/>
        <source>Menyimpan berkas</source>
        <translation>Saving the file</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/loans.py" line="85"/>
        <source>Peralatan di luar gudang</source>
        <translation>Equipment outside the warehouse</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/loans.py" line="88"/>
        <source>Dari gudang</source>
        <translation>From warehouse</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/loans.py" line="90"/>
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/loans.py" line="90"/>
        <source>Sejak</source>
        <translation>Since</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/loans.py" line="91"/>
        <source>Hari</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/loans.py" line="93"/>
        <source>TERLAMBAT: {status}</source>
        <translation>OVERDUE: {status}</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/loans.py" line="97"/>
        <source>terlambat {count}</source>
        <translation>{count} overdue</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/loans.py" line="103"/>
        <location filename="../../inventory/equipment.py" line="29"/>
        <source>Dipinjam</source>
        <translation>On loan</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/loans.py" line="104"/>
        <location filename="../../deployment/reports/requests.py" line="108"/>
        <location filename="../../deployment/reports/requests.py" line="119"/>
        <source>Terlambat</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/loans.py" line="110"/>
        <source>Keadaan per {day}. Terlambat: kejadiannya sudah berstatus selesai tetapi peralatan belum kembali ke gudang, atau pinjam pakai di luar kejadian melewati tanggal wajib kembali. Pengeluaran kepada penerima tanpa pengiriman atau pinjam pakai tidak ditandai terlambat.</source>
        <translation>As of {day}. Overdue: the incident is closed but the equipment has not come back to the warehouse, or a loan outside incidents is past its due date. Issues to a recipient without a dispatch or a loan are not marked overdue.</translation>
    </message>
    <message>
        <source>Keadaan per {day}. Terlambat: kejadiannya sudah berstatus selesai tetapi peralatan belum kembali ke gudang. Peminjaman kepada penerima tanpa pengiriman tidak terkait kejadian dan tidak ditandai terlambat.</source>
        <translation type="vanished">As of {day}. Overdue: the incident is closed but the equipment has not come back to the warehouse. Loans to a recipient without a dispatch belong to no incident and are not marked overdue.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/loans.py" line="135"/>
        <source>Membaca unit peralatan bernomor seri</source>
        <translation>Reading serial-numbered equipment units</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/loans.py" line="161"/>
        <source>pinjam pakai, kembali {due}</source>
        <translation>loan, due back {due}</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/loans.py" line="163"/>
        <source>tanpa kejadian</source>
        <translation>no incident</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/loans.py" line="169"/>
        <source>Membaca peralatan tanpa nomor seri pada pengiriman</source>
        <translation>Reading equipment without serial numbers on dispatches</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/loans.py" line="192"/>
        <source>LAPORAN PERALATAN YANG DIPINJAMKAN</source>
        <translation>REPORT OF EQUIPMENT ON LOAN</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/model.py" line="41"/>
        <location filename="../../deployment/validate.py" line="231"/>
        <location filename="../../deployment/volunteers.py" line="587"/>
        <source>Wilayah</source>
        <translation>Area</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/model.py" line="48"/>
        <source>Posisi per tanggal: {day}</source>
        <translation>Position as of: {day}</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/model.py" line="50"/>
        <source>awal</source>
        <translation>the beginning</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/model.py" line="51"/>
        <source>sekarang</source>
        <translation>now</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="259"/>
        <location filename="../../deployment/reports/model.py" line="52"/>
        <source>Periode: {start} s.d. {end}</source>
        <translation>Period: {start} to {end}</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/model.py" line="54"/>
        <source>Gudang: {code}</source>
        <translation>Warehouse: {code}</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/model.py" line="56"/>
        <source>Kejadian: {number}</source>
        <translation>Incident: {number}</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/model.py" line="58"/>
        <source>Wilayah: {code} {name}</source>
        <translation>Area: {code} {name}</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/stock.py" line="87"/>
        <source>Posisi stok per gudang</source>
        <translation>Stock position per warehouse</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/stock.py" line="89"/>
        <location filename="../../deployment/reports/value.py" line="62"/>
        <location filename="../../deployment/reports/value.py" line="76"/>
        <source>Nama gudang</source>
        <translation>Warehouse name</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/stock.py" line="90"/>
        <location filename="../../deployment/reports/stock.py" line="100"/>
        <location filename="../../deployment/reports/value.py" line="62"/>
        <location filename="../../deployment/reports/value.py" line="76"/>
        <location filename="../../tagana_app/cleaning.py" line="50"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/stock.py" line="91"/>
        <location filename="../../deployment/reports/stock.py" line="102"/>
        <source>Layak pakai</source>
        <translation>Usable</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/stock.py" line="95"/>
        <source>Jumlah baris (barang per gudang)</source>
        <translation>Number of lines (items per warehouse)</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/stock.py" line="101"/>
        <source>Jml gudang</source>
        <translation>Warehouses</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/stock.py" line="110"/>
        <source>Dalam perjalanan (mutasi belum diterima)</source>
        <translation>In transit (transfers not yet received)</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/stock.py" line="111"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/stock.py" line="112"/>
        <source>Ke</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/stock.py" line="112"/>
        <source>Gudang tujuan</source>
        <translation>Destination warehouse</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/stock.py" line="117"/>
        <source>Jumlah baris dalam perjalanan</source>
        <translation>Lines in transit</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/stock.py" line="122"/>
        <source>Saldo dihitung dari buku persediaan: jumlah semua mutasi masuk dikurangi keluar sampai akhir tanggal posisi. Satuan berbeda-beda, maka jumlah hanya dijumlahkan per barang.</source>
        <translation>Balances are computed from the stock ledger: all movements in minus out up to the end of the position date. Units differ, so quantities are only added up per item.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/stock.py" line="124"/>
        <source>Kedaluwarsa: bagian dari jumlah yang berada dalam batch dengan tanggal kedaluwarsa sebelum tanggal posisi; tidak untuk disalurkan. Layak pakai: jumlah dikurangi yang kedaluwarsa.</source>
        <translation>Expired: the part of the amount in batches whose expiry date is before the position date; not to be distributed. Usable: the amount less what has expired.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/stock.py" line="127"/>
        <source>Barang dalam perjalanan (mutasi yang sudah dikirim tetapi belum diterima pada tanggal posisi) tidak termasuk saldo gudang mana pun dan dicantumkan tersendiri.</source>
        <translation>Goods in transit (transfers sent but not yet received on the position date) are in no warehouse&apos;s balance and are listed separately.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/stock.py" line="169"/>
        <location filename="../../deployment/reports/value.py" line="96"/>
        <source>Menjumlahkan buku persediaan</source>
        <translation>Adding up the stock ledger</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/stock.py" line="194"/>
        <source>LAPORAN POSISI STOK PERSEDIAAN</source>
        <translation>STOCK POSITION REPORT</translation>
    </message>
    <message>
        <location filename="../../deployment/roster.py" line="195"/>
        <source>Nama dan NIK</source>
        <translation>Nama and NIK</translation>
    </message>
    <message>
        <location filename="../../deployment/roster.py" line="335"/>
        <source>Memeriksa baris {row}</source>
        <translation>Checking row {row}</translation>
    </message>
    <message>
        <location filename="../../deployment/roster.py" line="479"/>
        <source>Menyimpan {count} relawan</source>
        <translation>Saving {count} volunteers</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_down.py" line="470"/>
        <source>paket barang</source>
        <translation>item kit</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_down.py" line="473"/>
        <location filename="../../deployment/personal_data.py" line="76"/>
        <location filename="../../deployment/roster.py" line="480"/>
        <location filename="../../deployment/volunteers.py" line="294"/>
        <location filename="../../deployment/volunteers.py" line="382"/>
        <location filename="../../deployment/volunteers.py" line="410"/>
        <location filename="../../deployment/volunteers.py" line="431"/>
        <location filename="../../deployment/volunteers.py" line="499"/>
        <source>relawan</source>
        <translation>volunteer</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_down.py" line="476"/>
        <source>keputusan permintaan</source>
        <translation>request decision</translation>
    </message>
    <message>
        <location filename="../../deployment/roster.py" line="527"/>
        <source>Menulis {count} relawan</source>
        <translation>Writing {count} volunteers</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="281"/>
        <location filename="../../deployment/validate.py" line="271"/>
        <source>Desa</source>
        <translation>Village (desa)</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog.py" line="30"/>
        <source>Gudang kabupaten/kota</source>
        <translation>Kabupaten/kota warehouse</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog.py" line="31"/>
        <source>Gudang provinsi</source>
        <translation>Provincial warehouse</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog.py" line="32"/>
        <source>Lumbung sosial</source>
        <translation>Social buffer store (lumbung sosial)</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog.py" line="35"/>
        <source>Habis pakai</source>
        <translation>Consumable</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog.py" line="36"/>
        <source>Peralatan (dipinjamkan)</source>
        <translation>Equipment (lent)</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog.py" line="123"/>
        <location filename="../../inventory/catalog.py" line="148"/>
        <location filename="../../inventory/catalog.py" line="211"/>
        <source>Barang</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog.py" line="158"/>
        <source>menambah gudang</source>
        <translation>add warehouses</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_down.py" line="471"/>
        <location filename="../../inventory/catalog.py" line="159"/>
        <location filename="../../inventory/catalog.py" line="176"/>
        <location filename="../../inventory/catalog_edit.py" line="506"/>
        <location filename="../../inventory/catalog_edit.py" line="529"/>
        <location filename="../../inventory/catalog_edit.py" line="541"/>
        <source>gudang</source>
        <translation>warehouse</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog.py" line="167"/>
        <location filename="../../inventory/catalog_edit.py" line="488"/>
        <source>Kode wilayah gudang</source>
        <translation>Warehouse area code</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog.py" line="192"/>
        <source>menambah barang</source>
        <translation>add items</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_down.py" line="469"/>
        <location filename="../../inventory/catalog.py" line="193"/>
        <location filename="../../inventory/catalog.py" line="217"/>
        <location filename="../../inventory/catalog_edit.py" line="310"/>
        <location filename="../../inventory/catalog_edit.py" line="337"/>
        <location filename="../../inventory/catalog_edit.py" line="349"/>
        <location filename="../../inventory/catalog_edit.py" line="374"/>
        <location filename="../../inventory/catalog_edit.py" line="390"/>
        <location filename="../../inventory/catalog_edit.py" line="404"/>
        <location filename="../../inventory/catalog_edit.py" line="417"/>
        <location filename="../../inventory/labels.py" line="191"/>
        <source>barang</source>
        <translation>item</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog.py" line="247"/>
        <source>mengatur stok minimum</source>
        <translation>set minimum stock</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog.py" line="248"/>
        <source>Stok minimum</source>
        <translation>Minimum stock</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog.py" line="254"/>
        <source>stok_minimum</source>
        <translation>minimum stock</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="143"/>
        <location filename="../../tagana_app/doc_kinds.py" line="76"/>
        <source>Stock opname</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="225"/>
        <source>memulai stock opname</source>
        <translation>start stock counts</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="250"/>
        <location filename="../../inventory/counts.py" line="269"/>
        <location filename="../../inventory/counts.py" line="326"/>
        <location filename="../../inventory/counts.py" line="369"/>
        <location filename="../../inventory/counts.py" line="384"/>
        <location filename="../../inventory/counts.py" line="422"/>
        <location filename="../../inventory/counts.py" line="436"/>
        <source>stock_opname</source>
        <translation>stock count</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="260"/>
        <source>mengisi tim stock opname</source>
        <translation>recording the stock count team</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="310"/>
        <source>mengisi hasil stock opname</source>
        <translation>enter stock count results</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="311"/>
        <source>Jumlah terhitung</source>
        <translation>Counted quantity</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="364"/>
        <source>mengajukan stock opname</source>
        <translation>send a stock count for approval</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="378"/>
        <source>mengembalikan stock opname</source>
        <translation>send a stock count back</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="393"/>
        <location filename="../../inventory/permissions.py" line="28"/>
        <source>menyetujui stock opname</source>
        <translation>approve a stock count</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="397"/>
        <source>menyetujui stock opname {number}</source>
        <translation>approve stock count {number}</translation>
    </message>
    <message>
        <source>memposting stock opname</source>
        <translation type="vanished">post stock counts</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="430"/>
        <source>membatalkan stock opname</source>
        <translation>cancel stock counts</translation>
    </message>
    <message>
        <location filename="../../inventory/equipment.py" line="29"/>
        <source>Di gudang</source>
        <translation>In the warehouse</translation>
    </message>
    <message>
        <location filename="../../inventory/equipment.py" line="30"/>
        <source>Dihapus</source>
        <translation>Written off</translation>
    </message>
    <message>
        <location filename="../../inventory/equipment.py" line="30"/>
        <source>Batal</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../inventory/equipment.py" line="51"/>
        <source>{status}: {reference}</source>
        <translation>{status}: {reference}</translation>
    </message>
    <message>
        <location filename="../../inventory/equipment.py" line="82"/>
        <location filename="../../inventory/permissions.py" line="32"/>
        <source>mengubah kondisi peralatan</source>
        <translation>change equipment condition</translation>
    </message>
    <message>
        <location filename="../../inventory/equipment.py" line="99"/>
        <source>peralatan</source>
        <translation>equipment</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="178"/>
        <location filename="../../inventory/importing.py" line="286"/>
        <source>Memeriksa baris</source>
        <translation>Checking rows</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="299"/>
        <location filename="../../inventory/importing.py" line="346"/>
        <location filename="../../inventory/permissions.py" line="15"/>
        <source>mengimpor saldo awal stok</source>
        <translation>import opening stock</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="308"/>
        <location filename="../../inventory/importing.py" line="311"/>
        <source>Membukukan saldo awal</source>
        <translation>Posting the opening stock</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="317"/>
        <source>saldo_awal</source>
        <translation>opening stock</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="348"/>
        <source>Membaca berkas</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="390"/>
        <source>Menulis daftar stok</source>
        <translation>Writing the stock list</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="45"/>
        <source>lembar</source>
        <translation>sheet</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="45"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="45"/>
        <source>buah</source>
        <translation>piece</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="46"/>
        <source>liter</source>
        <translation>litre</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="46"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="46"/>
        <source>ton</source>
        <translation>ton</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="46"/>
        <source>dus</source>
        <translation>box</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="46"/>
        <source>karton</source>
        <translation>carton</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="47"/>
        <source>botol</source>
        <translation>bottle</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="47"/>
        <source>set</source>
        <translation>set</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="47"/>
        <source>pcs</source>
        <translation>pcs</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="47"/>
        <source>kaleng</source>
        <translation>can</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="48"/>
        <source>bungkus</source>
        <translation>pouch</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="48"/>
        <source>pasang</source>
        <translation>pair</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="48"/>
        <source>rol</source>
        <translation>roll</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="48"/>
        <source>kotak</source>
        <translation>small box</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="49"/>
        <source>pak</source>
        <translation>pack</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="49"/>
        <source>karung</source>
        <translation>sack</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="56"/>
        <source>dibuka</source>
        <translation>open</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="56"/>
        <source>diposting</source>
        <translation>posted</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="56"/>
        <source>batal</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="58"/>
        <location filename="../../inventory/models.py" line="59"/>
        <source>diajukan</source>
        <translation>submitted</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="59"/>
        <source>disetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="294"/>
        <location filename="../../deployment/models.py" line="302"/>
        <location filename="../../inventory/models.py" line="59"/>
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="401"/>
        <source>dikirim</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../deployment/models.py" line="290"/>
        <location filename="../../inventory/models.py" line="401"/>
        <source>diterima</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../inventory/models.py" line="401"/>
        <source>diterima_selisih</source>
        <translation>received with a difference</translation>
    </message>
    <message>
        <location filename="../../inventory/permissions.py" line="13"/>
        <source>mengubah katalog barang dan gudang</source>
        <translation>change the item catalogue and the warehouses</translation>
    </message>
    <message>
        <location filename="../../inventory/permissions.py" line="14"/>
        <location filename="../../inventory/stock.py" line="166"/>
        <source>mencatat penerimaan barang</source>
        <translation>record goods receipts</translation>
    </message>
    <message>
        <location filename="../../inventory/permissions.py" line="16"/>
        <location filename="../../inventory/transfers.py" line="134"/>
        <source>memindahkan barang antargudang</source>
        <translation>transfer goods between warehouses</translation>
    </message>
    <message>
        <location filename="../../inventory/permissions.py" line="17"/>
        <location filename="../../inventory/stock.py" line="428"/>
        <source>mengeluarkan barang</source>
        <translation>issue goods</translation>
    </message>
    <message>
        <location filename="../../inventory/permissions.py" line="20"/>
        <location filename="../../inventory/stock.py" line="437"/>
        <location filename="../../inventory/transfers.py" line="140"/>
        <source>mengeluarkan barang kedaluwarsa</source>
        <translation>issue expired goods</translation>
    </message>
    <message>
        <location filename="../../inventory/permissions.py" line="23"/>
        <location filename="../../inventory/permissions.py" line="24"/>
        <location filename="../../inventory/stock.py" line="476"/>
        <location filename="../../inventory/stock.py" line="492"/>
        <source>membatalkan mutasi stok</source>
        <translation>reverse stock movements</translation>
    </message>
    <message>
        <source>membatalkan penghapusan barang</source>
        <translation type="vanished">reverse goods write-offs</translation>
    </message>
    <message>
        <location filename="../../inventory/permissions.py" line="25"/>
        <source>melakukan stock opname</source>
        <translation>carry out stock counts</translation>
    </message>
    <message>
        <location filename="../../inventory/permissions.py" line="29"/>
        <location filename="../../inventory/writeoffs.py" line="172"/>
        <source>mengajukan penghapusan barang</source>
        <translation>propose goods write-offs</translation>
    </message>
    <message>
        <location filename="../../inventory/permissions.py" line="31"/>
        <source>memutuskan penghapusan barang</source>
        <translation>decide on write-offs</translation>
    </message>
    <message>
        <location filename="../../inventory/permissions.py" line="34"/>
        <source>mengubah daftar satuan</source>
        <translation>change the list of units</translation>
    </message>
    <message>
        <location filename="../../inventory/permissions.py" line="36"/>
        <source>mencetak label barang dan peralatan</source>
        <translation>print item and equipment labels</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/stock.py" line="91"/>
        <location filename="../../deployment/reports/stock.py" line="102"/>
        <location filename="../../inventory/queries.py" line="27"/>
        <location filename="../../inventory/writeoffs.py" line="48"/>
        <source>Kedaluwarsa</source>
        <translation>Expired</translation>
    </message>
    <message>
        <location filename="../../inventory/queries.py" line="28"/>
        <source>Segera kedaluwarsa</source>
        <translation>Expiring soon</translation>
    </message>
    <message>
        <location filename="../../inventory/queries.py" line="29"/>
        <source>Di bawah minimum</source>
        <translation>Below minimum</translation>
    </message>
    <message>
        <location filename="../../inventory/queries.py" line="278"/>
        <source>tanggal mundur: {reason}</source>
        <translation>back-dated: {reason}</translation>
    </message>
    <message>
        <source>Rusak</source>
        <translation type="vanished">Damaged</translation>
    </message>
    <message>
        <location filename="../../inventory/writeoffs.py" line="47"/>
        <source>Rusak berat</source>
        <translation>Badly damaged</translation>
    </message>
    <message>
        <location filename="../../inventory/writeoffs.py" line="49"/>
        <source>dimusnahkan</source>
        <translation>destroyed</translation>
    </message>
    <message>
        <location filename="../../inventory/writeoffs.py" line="49"/>
        <source>dihibahkan</source>
        <translation>donated</translation>
    </message>
    <message>
        <location filename="../../inventory/writeoffs.py" line="50"/>
        <source>dijual/dilelang</source>
        <translation>sold/auctioned</translation>
    </message>
    <message>
        <location filename="../../inventory/writeoffs.py" line="51"/>
        <source>dihapus karena sebab lain (hilang, dicuri, terbakar)</source>
        <translation>written off for another cause (lost, stolen, burnt)</translation>
    </message>
    <message>
        <location filename="../../inventory/writeoffs.py" line="205"/>
        <location filename="../../inventory/writeoffs.py" line="260"/>
        <location filename="../../inventory/writeoffs.py" line="278"/>
        <location filename="../../inventory/writeoffs.py" line="295"/>
        <source>penghapusan</source>
        <translation>write-off</translation>
    </message>
    <message>
        <location filename="../../inventory/writeoffs.py" line="239"/>
        <source>menyetujui penghapusan barang</source>
        <translation>approve goods write-offs</translation>
    </message>
    <message>
        <location filename="../../inventory/writeoffs.py" line="240"/>
        <source>menyetujui penghapusan {number}</source>
        <translation>approve write-off {number}</translation>
    </message>
    <message>
        <location filename="../../inventory/writeoffs.py" line="270"/>
        <source>mencatat keputusan penghapusan</source>
        <translation>recording the write-off decree</translation>
    </message>
    <message>
        <location filename="../../inventory/writeoffs.py" line="287"/>
        <source>menolak penghapusan barang</source>
        <translation>reject goods write-offs</translation>
    </message>
    <message>
        <location filename="../../inventory/writeoffs.py" line="290"/>
        <source>menolak penghapusan {number}</source>
        <translation>reject write-off {number}</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="139"/>
        <source>membuat pengguna tanpa masuk</source>
        <translation>create users without logging in</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="144"/>
        <location filename="../../tagana_app/permissions.py" line="98"/>
        <source>membuat pengguna</source>
        <translation>create users</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="146"/>
        <location filename="../../tagana_app/accounts.py" line="246"/>
        <location filename="../../tagana_app/accounts.py" line="259"/>
        <location filename="../../tagana_app/accounts.py" line="285"/>
        <location filename="../../tagana_app/accounts.py" line="310"/>
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="152"/>
        <location filename="../../tagana_app/accounts.py" line="204"/>
        <location filename="../../tagana_app/accounts.py" line="247"/>
        <location filename="../../tagana_app/accounts.py" line="264"/>
        <location filename="../../tagana_app/accounts.py" line="300"/>
        <location filename="../../tagana_app/accounts.py" line="340"/>
        <location filename="../../tagana_app/accounts.py" line="357"/>
        <source>pengguna</source>
        <translation>user</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="243"/>
        <source>membuka kunci pengguna</source>
        <translation>unlock a user</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="261"/>
        <source>mengganti kata sandi pengguna lain</source>
        <translation>change other users&apos; passwords</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="271"/>
        <source>Pangkat/golongan</source>
        <translation>Rank (pangkat/golongan)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="332"/>
        <source>mengaktifkan</source>
        <translation>activate</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="332"/>
        <source>menonaktifkan</source>
        <translation>deactivate</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="349"/>
        <source>mengubah peran</source>
        <translation>change the role of</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/requests.py" line="30"/>
        <source>relawan {skill} {count} orang</source>
        <translation>{count} {skill} volunteers</translation>
    </message>
    <message>
        <location filename="../../deployment/closing.py" line="57"/>
        <location filename="../../deployment/reports/requests.py" line="37"/>
        <source>{first}; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/requests.py" line="50"/>
        <source>{what} ditolak ({reason})</source>
        <translation>{what} refused ({reason})</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/requests.py" line="63"/>
        <source>disposisi: {note}</source>
        <translation>disposition: {note}</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/requests.py" line="72"/>
        <source>nomor pengiriman {numbers}</source>
        <translation>dispatch numbers {numbers}</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/requests.py" line="83"/>
        <source>TERLAMBAT (batas {due})</source>
        <translation>OVERDUE (due {due})</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/requests.py" line="102"/>
        <source>Nomor agenda</source>
        <translation>Register number</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/requests.py" line="103"/>
        <source>Tanggal diterima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/requests.py" line="104"/>
        <source>Pemohon (jabatan, wilayah)</source>
        <translation>Requester (position, region)</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/requests.py" line="105"/>
        <source>Surat (nomor/tanggal)</source>
        <translation>Letter (number/date)</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/requests.py" line="106"/>
        <source>Yang diminta</source>
        <translation>Requested</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/requests.py" line="106"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/requests.py" line="107"/>
        <source>Dipenuhi</source>
        <translation>Fulfilled</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/requests.py" line="117"/>
        <source>Jumlah per status</source>
        <translation>Count per status</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_up.py" line="122"/>
        <location filename="../../deployment/reports/requests.py" line="119"/>
        <location filename="../../deployment/requests.py" line="218"/>
        <source>Permintaan</source>
        <translation>Request</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_up.py" line="352"/>
        <source>Usulan angka dampak</source>
        <translation>Proposed impact figures</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_up.py" line="414"/>
        <source>check-in relawan</source>
        <translation>volunteer check-in</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_up.py" line="415"/>
        <source>usulan angka dampak</source>
        <translation>proposed impact figures</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_up.py" line="416"/>
        <source>stok posko</source>
        <translation>command post stock</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_up.py" line="417"/>
        <source>cetakan dokumen posko</source>
        <translation>command post document prints</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/requests.py" line="125"/>
        <source>Keadaan per {day}. Standar pelayanan {days} hari kerja sejak surat diterima (hari Sabtu, Minggu, libur nasional dan cuti bersama tidak dihitung). Terlambat: melewati batas itu dan belum diputuskan atau belum dipenuhi.</source>
        <translation>As of {day}. Service standard: {days} working days from receipt of the letter (Saturdays, Sundays, public holidays and collective leave days not counted). Overdue: past that limit and not yet decided or not yet fulfilled.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/requests.py" line="135"/>
        <source>Membaca permintaan</source>
        <translation>Reading requests</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/requests.py" line="142"/>
        <source>REGISTER PERMINTAAN BANTUAN</source>
        <translation>REGISTER OF AID REQUESTS</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="239"/>
        <source>Wilayah pemohon</source>
        <translation>Requester&apos;s region</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="240"/>
        <source>Nama pemohon</source>
        <translation>Requester&apos;s name</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="243"/>
        <source>Nomor surat permintaan</source>
        <translation>Request letter number</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="254"/>
        <source>Jumlah relawan</source>
        <translation>Number of volunteers</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="262"/>
        <location filename="../../tagana_app/accounts.py" line="272"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_up.py" line="137"/>
        <location filename="../../deployment/exchange/kinds_up.py" line="173"/>
        <location filename="../../deployment/exchange/kinds_up.py" line="411"/>
        <location filename="../../deployment/requests.py" line="285"/>
        <location filename="../../deployment/requests.py" line="375"/>
        <location filename="../../deployment/requests.py" line="398"/>
        <source>permintaan</source>
        <translation>request</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="346"/>
        <source>disposisi</source>
        <translation>disposition</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="353"/>
        <source>Alasan penolakan</source>
        <translation>Reason for refusal</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="369"/>
        <source>Catatan disposisi</source>
        <translation>Disposition note</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="542"/>
        <source>penugasan untuk permintaan</source>
        <translation>assignment for the request</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="282"/>
        <source>mengubah data pengguna</source>
        <translation>change user data</translation>
    </message>
    <message>
        <location filename="../../tagana_app/db.py" line="88"/>
        <source>jaringan</source>
        <translation>network</translation>
    </message>
    <message>
        <location filename="../../tagana_app/demo.py" line="69"/>
        <source>Data contoh: kantor dan pengguna</source>
        <translation>Demo data: office and users</translation>
    </message>
    <message>
        <location filename="../../tagana_app/demo.py" line="70"/>
        <location filename="../../tagana_app/permissions.py" line="101"/>
        <source>memuat data contoh</source>
        <translation>load demo data</translation>
    </message>
    <message>
        <location filename="../../tagana_app/demo.py" line="87"/>
        <source>Data contoh: {part}</source>
        <translation>Demo data: {part}</translation>
    </message>
    <message>
        <location filename="../../tagana_app/demo.py" line="90"/>
        <source>Data contoh dimuat</source>
        <translation>Demo data loaded</translation>
    </message>
    <message>
        <location filename="../../tagana_app/numbering.py" line="107"/>
        <location filename="../../tagana_app/numbering.py" line="151"/>
        <location filename="../../tagana_app/permissions.py" line="105"/>
        <source>menerbitkan nomor dokumen</source>
        <translation>issue document numbers</translation>
    </message>
    <message>
        <location filename="../../tagana_app/numbering.py" line="123"/>
        <location filename="../../tagana_app/numbering.py" line="184"/>
        <location filename="../../tagana_app/printing.py" line="255"/>
        <location filename="../../tagana_app/verification.py" line="225"/>
        <source>nomor_dokumen</source>
        <translation>document number</translation>
    </message>
    <message>
        <location filename="../../inventory/papers.py" line="191"/>
        <location filename="../../inventory/stock.py" line="105"/>
        <location filename="../../tagana_app/cleaning.py" line="43"/>
        <location filename="../../tagana_app/numbering.py" line="163"/>
        <location filename="../../tagana_app/verification.py" line="210"/>
        <source>Nomor dokumen</source>
        <translation>Document number</translation>
    </message>
    <message>
        <location filename="../../tagana_app/numbering.py" line="175"/>
        <location filename="../../tagana_app/permissions.py" line="106"/>
        <source>membatalkan nomor dokumen</source>
        <translation>cancel document numbers</translation>
    </message>
    <message>
        <location filename="../../tagana_app/pdf/document.py" line="338"/>
        <source>Menulis halaman {page} dari {total}</source>
        <translation>Writing page {page} of {total}</translation>
    </message>
    <message>
        <location filename="../../tagana_app/pdf/document.py" line="403"/>
        <source>Menyusun halaman {page}</source>
        <translation>Laying out page {page}</translation>
    </message>
    <message>
        <location filename="../../tagana_app/permissions.py" line="46"/>
        <source>{first}, {rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <location filename="../../tagana_app/permissions.py" line="99"/>
        <location filename="../../tagana_app/settings.py" line="261"/>
        <source>mengubah pengaturan kantor</source>
        <translation>change office settings</translation>
    </message>
    <message>
        <location filename="../../tagana_app/permissions.py" line="102"/>
        <source>mengatur sertifikat tanda tangan elektronik</source>
        <translation>manage the electronic signature certificate</translation>
    </message>
    <message>
        <location filename="../../tagana_app/permissions.py" line="104"/>
        <source>mengubah lokasi basis data</source>
        <translation>change the database location</translation>
    </message>
    <message>
        <location filename="../../inventory/papers.py" line="250"/>
        <location filename="../../inventory/writeoff_papers.py" line="97"/>
        <location filename="../../tagana_app/permissions.py" line="107"/>
        <location filename="../../tagana_app/printing.py" line="161"/>
        <location filename="../../tagana_app/verification.py" line="239"/>
        <location filename="../../tagana_app/verification.py" line="248"/>
        <source>mencetak dokumen</source>
        <translation>print documents</translation>
    </message>
    <message>
        <location filename="../../tagana_app/regions.py" line="12"/>
        <source>provinsi</source>
        <translation>province</translation>
    </message>
    <message>
        <location filename="../../tagana_app/regions.py" line="12"/>
        <source>kabupaten/kota</source>
        <translation>kabupaten/kota</translation>
    </message>
    <message>
        <location filename="../../tagana_app/regions.py" line="12"/>
        <source>kecamatan</source>
        <translation>kecamatan</translation>
    </message>
    <message>
        <location filename="../../tagana_app/regions.py" line="13"/>
        <source>desa/kelurahan</source>
        <translation>desa/kelurahan</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="164"/>
        <source>Wilayah kerja</source>
        <translation>Working area</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="281"/>
        <source>pengaturan</source>
        <translation>settings</translation>
    </message>
    <message>
        <location filename="../../tagana_app/verification.py" line="90"/>
        <source>{path}: tercetak {printed}, di basis data {current}</source>
        <translation>{path}: printed {printed}, in the database {current}</translation>
    </message>
    <message>
        <location filename="../../tagana_app/verification.py" line="116"/>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/verification.py" line="276"/>
        <source>Dokumen dengan kode verifikasi</source>
        <translation>Document with verification code</translation>
    </message>
    <message>
        <location filename="../../tagana_app/verification.py" line="301"/>
        <location filename="../../tagana_app/verification.py" line="315"/>
        <source>isi</source>
        <translation>content</translation>
    </message>
    <message>
        <location filename="../../tagana_app/verification.py" line="315"/>
        <source>(tercetak)</source>
        <translation>(printed)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="270"/>
        <location filename="../../tagana_app/cleaning.py" line="41"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cleaning.py" line="41"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cleaning.py" line="42"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cleaning.py" line="44"/>
        <source>Pengirim/penerima</source>
        <translation>Sender/recipient</translation>
    </message>
    <message>
        <location filename="../../deployment/distribution/service.py" line="264"/>
        <location filename="../../tagana_app/cleaning.py" line="44"/>
        <source>Nama penerima</source>
        <translation>Recipient name</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cleaning.py" line="45"/>
        <source>Jabatan penerima</source>
        <translation>Recipient position</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cleaning.py" line="46"/>
        <source>Nama pengemudi</source>
        <translation>Driver name</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cleaning.py" line="46"/>
        <source>Nomor kendaraan</source>
        <translation>Vehicle plate</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cleaning.py" line="47"/>
        <source>Sumber anggaran</source>
        <translation>Budget source</translation>
    </message>
    <message>
        <location filename="../../deployment/distribution/service.py" line="334"/>
        <location filename="../../deployment/requests.py" line="392"/>
        <location filename="../../tagana_app/cleaning.py" line="47"/>
        <source>Alasan pembatalan</source>
        <translation>Reason for cancelling</translation>
    </message>
    <message>
        <location filename="../../inventory/transfers.py" line="50"/>
        <source>Dalam perjalanan</source>
        <translation>In transit</translation>
    </message>
    <message>
        <location filename="../../inventory/transfers.py" line="51"/>
        <source>Diterima dengan selisih</source>
        <translation>Received with a difference</translation>
    </message>
    <message>
        <location filename="../../inventory/transfers.py" line="136"/>
        <source>Pengemudi</source>
        <translation>Driver</translation>
    </message>
    <message>
        <location filename="../../inventory/transfers.py" line="137"/>
        <source>Kendaraan</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <location filename="../../inventory/transfers.py" line="205"/>
        <source>menerima barang mutasi</source>
        <translation>receive transferred goods</translation>
    </message>
    <message>
        <location filename="../../inventory/transfers.py" line="206"/>
        <location filename="../../tagana_app/cleaning.py" line="48"/>
        <source>Alasan selisih</source>
        <translation>Reason for the difference</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cleaning.py" line="48"/>
        <source>Tempat serah terima</source>
        <translation>Place of handover</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cleaning.py" line="49"/>
        <source>Kontak darurat</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cleaning.py" line="51"/>
        <source>Penerima pinjaman</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cleaning.py" line="51"/>
        <source>Penanggung jawab</source>
        <translation>Person in charge</translation>
    </message>
    <message>
        <location filename="../../deployment/emergency.py" line="137"/>
        <location filename="../../tagana_app/cleaning.py" line="52"/>
        <source>Nomor SK</source>
        <translation>Decree number</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cleaning.py" line="52"/>
        <source>Lokasi posko</source>
        <translation>Command post location</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cleaning.py" line="53"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cleaning.py" line="53"/>
        <source>Judul</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cleaning.py" line="54"/>
        <source>Catatan keputusan</source>
        <translation>Decision remarks</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cleaning.py" line="54"/>
        <source>Alasan pengecualian</source>
        <translation>Reason for the exception</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cleaning.py" line="55"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cleaning.py" line="55"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../tagana_app/signatories.py" line="38"/>
        <source>Kepala Dinas</source>
        <translation>Head of Office</translation>
    </message>
    <message>
        <location filename="../../tagana_app/signatories.py" line="39"/>
        <source>Pejabat PIHAK PERTAMA (Kabid/Kasi)</source>
        <translation>FIRST PARTY official (head of division/section)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/signatories.py" line="40"/>
        <source>Pengurus barang / petugas gudang</source>
        <translation>Storekeeper / warehouse officer</translation>
    </message>
    <message>
        <location filename="../../tagana_app/esign.py" line="199"/>
        <location filename="../../tagana_app/esign.py" line="218"/>
        <source>sertifikat</source>
        <translation>certificate</translation>
    </message>
    <message>
        <location filename="../../tagana_app/printing.py" line="315"/>
        <source>Catatan yang didokumentasikan tidak ada di basis data ini.</source>
        <translation>The record the document describes is not in this database.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/printing.py" line="364"/>
        <source>Catatan yang didokumentasikan tidak ada lagi di basis data.</source>
        <translation>The record this paper documents is no longer in the database.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/snapshots.py" line="130"/>
        <source>(kosong)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/snapshots.py" line="153"/>
        <source>Baris {n} ({name})</source>
        <translation>Line {n} ({name})</translation>
    </message>
    <message>
        <location filename="../../tagana_app/snapshots.py" line="154"/>
        <source>Baris {n}</source>
        <translation>Line {n}</translation>
    </message>
    <message>
        <location filename="../../tagana_app/snapshots.py" line="160"/>
        <source>{where}: {what} tercetak {printed}, di basis data {current}</source>
        <translation>{where}: {what} printed {printed}, in the database {current}</translation>
    </message>
    <message>
        <location filename="../../tagana_app/snapshots.py" line="162"/>
        <source>{where}: tercetak {printed}, di basis data {current}</source>
        <translation>{where}: printed {printed}, in the database {current}</translation>
    </message>
    <message>
        <location filename="../../inventory/cli.py" line="83"/>
        <location filename="../../inventory/writeoffs.py" line="149"/>
        <location filename="../../ui/pages/stock_papers.py" line="274"/>
        <source>Nilai barang</source>
        <translation>Value of the goods</translation>
    </message>
    <message>
        <location filename="../../inventory/documents.py" line="31"/>
        <source>Kartu persediaan barang</source>
        <translation>Stock card</translation>
    </message>
    <message>
        <location filename="../../inventory/doc_dates.py" line="41"/>
        <location filename="../../inventory/stock.py" line="117"/>
        <source>Alasan tanggal mundur</source>
        <translation>Reason for the earlier date</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="237"/>
        <source>mengubah data barang</source>
        <translation>change item data</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="274"/>
        <source>Jenis, kedaluwarsa dan nomor seri</source>
        <translation>Kind, expiry and serial numbers</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="330"/>
        <source>menonaktifkan barang</source>
        <translation>deactivate items</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="343"/>
        <source>mengaktifkan kembali barang</source>
        <translation>reactivate items</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="356"/>
        <location filename="../../inventory/catalog_edit.py" line="381"/>
        <source>mengubah kemasan barang</source>
        <translation>change item packs</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="366"/>
        <source>Isi kemasan</source>
        <translation>Pack contents</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="371"/>
        <location filename="../../inventory/catalog_edit.py" line="386"/>
        <source>Kemasan</source>
        <translation>Pack</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="397"/>
        <location filename="../../inventory/catalog_edit.py" line="410"/>
        <source>mengubah barcode barang</source>
        <translation>change item barcodes</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="401"/>
        <location filename="../../inventory/catalog_edit.py" line="414"/>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_down.py" line="468"/>
        <location filename="../../inventory/catalog_edit.py" line="439"/>
        <location filename="../../inventory/catalog_edit.py" line="455"/>
        <source>satuan</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="465"/>
        <source>mengubah data gudang</source>
        <translation>change warehouse data</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="513"/>
        <source>menonaktifkan gudang</source>
        <translation>deactivate warehouses</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="535"/>
        <source>mengaktifkan kembali gudang</source>
        <translation>reactivate warehouses</translation>
    </message>
    <message>
        <location filename="../../inventory/loan_models.py" line="21"/>
        <source>dipinjam</source>
        <translation>on loan</translation>
    </message>
    <message>
        <location filename="../../inventory/loans.py" line="129"/>
        <source>Pinjam pakai</source>
        <translation>Equipment loan</translation>
    </message>
    <message>
        <location filename="../../inventory/loans.py" line="162"/>
        <location filename="../../inventory/permissions.py" line="35"/>
        <source>meminjamkan peralatan (pinjam pakai)</source>
        <translation>lend equipment (pinjam pakai)</translation>
    </message>
    <message>
        <location filename="../../inventory/loans.py" line="163"/>
        <source>Peminjam</source>
        <translation>Borrower</translation>
    </message>
    <message>
        <location filename="../../inventory/loans.py" line="166"/>
        <source>Kantor / desa peminjam</source>
        <translation>Borrower&apos;s office / village</translation>
    </message>
    <message>
        <location filename="../../inventory/loans.py" line="167"/>
        <source>Penanggung jawab peminjam</source>
        <translation>Borrower&apos;s person in charge</translation>
    </message>
    <message>
        <location filename="../../inventory/loans.py" line="168"/>
        <source>Jabatan penanggung jawab</source>
        <translation>Position of the person in charge</translation>
    </message>
    <message>
        <location filename="../../inventory/loans.py" line="169"/>
        <source>Keperluan</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../inventory/loans.py" line="209"/>
        <location filename="../../inventory/loans.py" line="264"/>
        <source>pinjam pakai</source>
        <translation>equipment loan</translation>
    </message>
    <message>
        <location filename="../../inventory/loans.py" line="222"/>
        <source>menerima kembali peralatan pinjam pakai</source>
        <translation>take back lent equipment</translation>
    </message>
    <message>
        <location filename="../../inventory/labels.py" line="191"/>
        <source>unit bernomor seri</source>
        <translation>serial-numbered units</translation>
    </message>
    <message>
        <location filename="../../inventory/corrections.py" line="52"/>
        <location filename="../../inventory/stock_documents.py" line="111"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../inventory/corrections.py" line="68"/>
        <source>mengoreksi dokumen stok</source>
        <translation>correct stock documents</translation>
    </message>
    <message>
        <location filename="../../inventory/corrections.py" line="69"/>
        <source>Alasan koreksi</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location filename="../../inventory/corrections.py" line="84"/>
        <source>pembatalan per mutasi</source>
        <translation>reversals movement by movement</translation>
    </message>
    <message>
        <location filename="../../inventory/corrections.py" line="95"/>
        <source>koreksi</source>
        <translation>correction</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/value.py" line="22"/>
        <source>harga belum tercatat</source>
        <translation>price not recorded</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/value.py" line="60"/>
        <source>Nilai persediaan per gudang dan kategori</source>
        <translation>Stock value per warehouse and category</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/value.py" line="65"/>
        <location filename="../../deployment/reports/value.py" line="77"/>
        <source>Nilai (Rp)</source>
        <translation>Value (Rp)</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/value.py" line="66"/>
        <source>Jumlah tanpa harga</source>
        <translation>Quantity without price</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/value.py" line="69"/>
        <source>Jumlah nilai persediaan</source>
        <translation>Total stock value</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/value.py" line="70"/>
        <source>{count} barang tanpa harga</source>
        <translation>{count} items without price</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/value.py" line="74"/>
        <source>Rekap per gudang dan kategori</source>
        <translation>Summary per warehouse and category</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/value.py" line="77"/>
        <source>Jenis barang</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/value.py" line="78"/>
        <source>Barang tanpa harga</source>
        <translation>Items without price</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/value.py" line="87"/>
        <source>Nilai = jumlah x harga satuan setiap batch (atau unit bernomor seri) sampai akhir tanggal posisi, menurut tanggal dokumen. Pengeluaran mengambil batch dengan kedaluwarsa paling awal, lalu lot paling lama.</source>
        <translation>Value = quantity x unit price of each batch (or serial-numbered unit) up to the end of the position date, by document date. Issues take the batch with the earliest expiry first, then the oldest lot.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/value.py" line="90"/>
        <source>Harga belum tercatat: barang yang diterima tanpa harga satuan; jumlahnya disebut tersendiri dan tidak dihitung sebagai nol dalam nilai.</source>
        <translation>Price not recorded: goods received without a unit price; their quantity is stated separately and not counted as zero in the value.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/value.py" line="98"/>
        <source>Menyusun jumlah per kategori</source>
        <translation>Totalling per category</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/value.py" line="107"/>
        <source>LAPORAN NILAI PERSEDIAAN</source>
        <translation>STOCK VALUE REPORT</translation>
    </message>
    <message>
        <location filename="../../deployment/distribution/models.py" line="21"/>
        <source>Kepala keluarga</source>
        <translation>Head of household</translation>
    </message>
    <message>
        <location filename="../../deployment/distribution/models.py" line="22"/>
        <source>Lembaga/kelompok</source>
        <translation>Institution/group</translation>
    </message>
    <message>
        <location filename="../../deployment/distribution/models.py" line="23"/>
        <location filename="../../deployment/exchange/sites.py" line="35"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/engine.py" line="120"/>
        <location filename="../../deployment/exchange/engine.py" line="432"/>
        <location filename="../../deployment/exchange/engine.py" line="438"/>
        <source>berkas_pertukaran</source>
        <translation>exchange file</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_province.py" line="209"/>
        <source>posisi stok</source>
        <translation>stock position</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_province.py" line="210"/>
        <source>permintaan bantuan</source>
        <translation>request for aid</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_province.py" line="211"/>
        <source>penyaluran per desa</source>
        <translation>distribution per village</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_province.py" line="213"/>
        <source>relawan bertugas</source>
        <translation>volunteers on duty</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/pairing.py" line="70"/>
        <location filename="../../deployment/exchange/posko.py" line="98"/>
        <location filename="../../deployment/exchange/posko.py" line="204"/>
        <location filename="../../deployment/exchange/sites.py" line="191"/>
        <location filename="../../deployment/exchange/sites.py" line="215"/>
        <source>situs</source>
        <translation>site</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/posko.py" line="61"/>
        <source>membuat posko</source>
        <translation>create command posts</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/posko.py" line="80"/>
        <source>Wilayah posko</source>
        <translation>Command post area</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/posko.py" line="105"/>
        <source>membuat berkas penyiapan posko</source>
        <translation>make command post setup files</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/sites.py" line="32"/>
        <source>Kabupaten</source>
        <translation>Kabupaten</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/sites.py" line="32"/>
        <source>Kota</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/sites.py" line="33"/>
        <source>Provinsi</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/sites.py" line="35"/>
        <source>Menunggu balasan</source>
        <translation>Awaiting reply</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/sites.py" line="36"/>
        <source>Dicabut</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/sites.py" line="40"/>
        <source>bertukar berkas dengan posko atau kantor</source>
        <translation>exchange files with command posts or offices</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/sites.py" line="41"/>
        <source>mencabut situs</source>
        <translation>revoke sites</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/sites.py" line="171"/>
        <source>Situs</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/sites.py" line="200"/>
        <source>mengubah kode situs</source>
        <translation>change site codes</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../tagana_app/errors.py" line="24"/>
        <source>Operasi ditolak.</source>
        <translation>Operation refused.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/errors.py" line="45"/>
        <source>Data tidak valid.</source>
        <translation>Invalid data.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/errors.py" line="49"/>
        <source>{what} &apos;{key}&apos; tidak ditemukan.</source>
        <translation>{what} &apos;{key}&apos; not found.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/errors.py" line="53"/>
        <source>{what} &apos;{key}&apos; sudah ada.</source>
        <translation>{what} &apos;{key}&apos; already exists.</translation>
    </message>
    <message>
        <source>Pengguna &apos;{user}&apos; dengan peran &apos;{role}&apos; tidak berwenang untuk {action}.</source>
        <translation type="vanished">User &apos;{user}&apos; with role &apos;{role}&apos; is not allowed to do this: {action}.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/errors.py" line="57"/>
        <source>Pengguna &apos;{user}&apos; dengan peran &apos;{role}&apos; tidak berwenang untuk {action}; yang berwenang: {allowed}.</source>
        <translation>User &apos;{user}&apos; with role &apos;{role}&apos; may not {action}; who may: {allowed}.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/errors.py" line="64"/>
        <source>Pengguna &apos;{user}&apos; tidak boleh {action} atas pekerjaannya sendiri (yang dibuat, diajukan atau dihitungnya); yang berwenang: {allowed}, selain &apos;{user}&apos;.</source>
        <translation>User &apos;{user}&apos; may not {action} on their own work (what they created, submitted or counted); who may: {allowed}, other than &apos;{user}&apos;.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/errors.py" line="69"/>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/errors.py" line="73"/>
        <source>Akun &apos;{user}&apos; dikunci setelah {n} kali gagal masuk; minta admin membuka kunci (halaman Pengaturan, Pengguna, atau: tagana user unlock {user}).</source>
        <translation>Account &apos;{user}&apos; is locked after {n} failed logins; ask an admin to unlock it (Settings page, Users, or: tagana user unlock {user}).</translation>
    </message>
    <message>
        <location filename="../../tagana_app/errors.py" line="78"/>
        <source>Alamat basis data tidak boleh memuat kata sandi (tersimpan dan terlihat orang lain): tulis tanpa kata sandi, mis. postgresql+psycopg://pengguna@server/tagana, dan berikan kata sandinya lewat PGPASSWORD atau berkas ~/.pgpass.</source>
        <translation>The database address must not contain a password (it would be stored and seen by others): write it without one, e.g. postgresql+psycopg://user@server/tagana, and give the password through PGPASSWORD or the file ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/errors.py" line="84"/>
        <source>Berkas basis data &apos;{path}&apos; berada di folder jaringan ({fs}). SQLite tidak aman dipakai bersama lewat jaringan; gunakan PostgreSQL untuk beberapa komputer (--db postgresql+psycopg://... atau TAGANA_DATABASE_URL).</source>
        <translation>The database file &apos;{path}&apos; is in a network folder ({fs}). SQLite is not safe to share over a network; use PostgreSQL for several computers (--db postgresql+psycopg://... or TAGANA_DATABASE_URL).</translation>
    </message>
    <message>
        <location filename="../../tagana_app/errors.py" line="93"/>
        <source>Cadangan gagal: {reason}</source>
        <translation>Backup failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../tagana_app/errors.py" line="97"/>
        <source>Basis data masih versi &apos;{current}&apos;, program memerlukan &apos;{head}&apos;. Jalankan &apos;tagana db upgrade&apos;.</source>
        <translation>The database is at version &apos;{current}&apos;, the program needs &apos;{head}&apos;. Run &apos;tagana db upgrade&apos;.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/progress.py" line="16"/>
        <source>Dibatalkan oleh pengguna; tidak ada yang disimpan.</source>
        <translation>Cancelled by the user; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/db.py" line="46"/>
        <source>Basis data sedang sibuk dipakai proses lain dan transaksi gagal setelah {attempts} kali percobaan. Coba lagi sebentar lagi.</source>
        <translation>The database is busy with another process and the transaction failed after {attempts} attempts. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="103"/>
        <source>Kata sandi minimal {n} karakter.</source>
        <translation>A password needs at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="110"/>
        <source>Nama pengguna &apos;{name}&apos; tidak valid: gunakan huruf, angka, titik, garis bawah atau tanda hubung.</source>
        <translation>User name &apos;{name}&apos; is not valid: use letters, digits, dots, underscores or hyphens.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="118"/>
        <source>Peran &apos;{role}&apos; tidak dikenal. Pilihan: {choices}.</source>
        <translation>Unknown role &apos;{role}&apos;. Choices: {choices}.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="142"/>
        <source>Pengguna pertama harus berperan admin.</source>
        <translation>The first user must be an admin.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="312"/>
        <source>Anda tidak dapat {doing} akun Anda sendiri ({user}); minta admin lain melakukannya.</source>
        <translation>You cannot {doing} your own account ({user}); ask another admin to do it.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="324"/>
        <source>Tidak dapat {doing} {user}: ia satu-satunya admin yang aktif. Jadikan pengguna lain admin lebih dulu.</source>
        <translation>Cannot {doing} {user}: they are the only active admin. Make another user an admin first.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/errors.py" line="106"/>
        <source>Akun {username} sudah dinonaktifkan administrator sejak Anda masuk; tidak ada yang disimpan. Program kembali ke layar masuk.</source>
        <translation>An administrator deactivated the account {username} after you signed in; nothing was saved. The program goes back to the sign-in screen.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/errors.py" line="108"/>
        <source>Peran akun {username} diubah administrator dari {old} menjadi {new} sejak Anda masuk; tidak ada yang disimpan. Program kembali ke layar masuk: masuk lagi agar tombol dan izin mengikuti peran yang baru.</source>
        <translation>An administrator changed the role of the account {username} from {old} to {new} after you signed in; nothing was saved. The program goes back to the sign-in screen: sign in again so that the buttons and permissions follow the new role.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="40"/>
        <source>Basis data tidak dapat dipakai saat ini. Periksa sambungan atau lokasi basis data, lalu coba lagi.</source>
        <translation>The database cannot be used right now. Check the connection or the database location, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42"/>
        <source>Terjadi kesalahan yang tidak terduga. Tidak ada perubahan yang disimpan oleh operasi ini.</source>
        <translation>An unexpected error occurred. This operation saved no changes.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="62"/>
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="68"/>
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="91"/>
        <source>Berkas tidak diimpor karena {count} kesalahan:
{details}</source>
        <translation>The file was not imported because of {count} errors:
{details}</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="12"/>
        <source>Stok {item} di {warehouse} tidak cukup: tersedia {available} {unit}, diminta {requested} {unit}.</source>
        <translation>Not enough stock of {item} in {warehouse}: {available} {unit} available, {requested} {unit} requested.</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="17"/>
        <source>Saldo {item} di {warehouse} akan melebihi batas {maximum} {unit} bila ditambah {added} {unit}; penerimaan ditolak.</source>
        <translation>The balance of {item} at {warehouse} would pass the limit of {maximum} {unit} if {added} {unit} were added; the receipt is refused.</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="22"/>
        <source>Stok {item} di {warehouse} yang belum kedaluwarsa hanya {available} {unit} (diminta {requested} {unit}); {expired} {unit} sudah kedaluwarsa dan hanya dapat dikeluarkan oleh pejabat dengan alasan tertulis.</source>
        <translation>Unexpired stock of {item} in {warehouse} is only {available} {unit} ({requested} {unit} requested); {expired} {unit} has expired and can only be issued by an official with a written reason.</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="28"/>
        <source>Batch {batch} barang {item} sudah kedaluwarsa sejak {expiry}; hanya pejabat yang dapat mengeluarkannya dengan alasan tertulis.</source>
        <translation>Batch {batch} of {item} expired on {expiry}; only an official can issue it, with a written reason.</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="33"/>
        <source>Dokumen {doc_type} nomor {doc_number} baris {line} sudah dibukukan; pembukuan yang sama tidak dicatat dua kali.</source>
        <translation>Document {doc_type} number {doc_number} line {line} is already booked; the same booking is not recorded twice.</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="38"/>
        <source>Nomor seri {serial} ({item}) sudah tercatat: {place}. Satu unit tidak bisa ada di dua tempat.</source>
        <translation>Serial number {serial} ({item}) is already recorded: {place}. One unit cannot be in two places.</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="43"/>
        <source>Unit {item} nomor seri {serial} tidak tersedia di {warehouse}: {place}.</source>
        <translation>Unit {item} with serial number {serial} is not available in {warehouse}: {place}.</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="47"/>
        <source>Unit {item} nomor seri {serial} dalam kondisi {condition} dan tidak dapat dikeluarkan.</source>
        <translation>Unit {item} with serial number {serial} is in condition {condition} and cannot be issued.</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="52"/>
        <source>Mutasi #{movement} tidak dapat dibatalkan: {reason}</source>
        <translation>Movement #{movement} cannot be reversed: {reason}</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="56"/>
        <source>Mutasi #{movement} sudah dibatalkan oleh mutasi #{reversal}.</source>
        <translation>Movement #{movement} was already reversed by movement #{reversal}.</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="60"/>
        <source>Stock opname {number} berstatus {status}; hanya opname yang masih dibuka dapat diubah.</source>
        <translation>Stock count {number} has status {status}; only an open stock count can be changed.</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="65"/>
        <source>Stock opname {number} sudah diajukan untuk persetujuan; hitungannya tidak dapat diubah lagi kecuali pejabat mengembalikannya.</source>
        <translation>Stock count {number} has been sent for approval; its counts cannot change unless an official sends it back.</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="70"/>
        <source>Stock opname {number} berstatus {status}; hanya opname yang sudah diajukan yang dapat disetujui atau dikembalikan.</source>
        <translation>Stock count {number} is {status}; only a count sent for approval can be approved or sent back.</translation>
    </message>
    <message>
        <source>{user} ikut menghitung atau mengajukan stock opname {number}; persetujuannya harus oleh pejabat lain.</source>
        <translation type="vanished">{user} counted or sent stock count {number}; another official must approve it.</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="75"/>
        <source>Stock opname {number} belum lengkap: {missing} baris belum dihitung ({examples}).</source>
        <translation>Stock count {number} is incomplete: {missing} lines not yet counted ({examples}).</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="80"/>
        <source>Penghapusan {number} berstatus {status}; hanya usulan yang masih diajukan dapat diputuskan.</source>
        <translation>Write-off {number} has status {status}; only a pending proposal can be decided.</translation>
    </message>
    <message>
        <source>Penghapusan {number} diajukan oleh {user} sendiri; usulan penghapusan diputuskan (disetujui atau ditolak) oleh pejabat lain, bukan oleh yang mengajukannya.</source>
        <translation type="vanished">Write-off {number} was requested by {user} themselves; a write-off request is decided (approved or rejected) by another official, not by its requester.</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="110"/>
        <source>Unit {item} nomor seri {serial} berkondisi {condition}; hanya unit berkondisi rusak berat yang dapat dihapus karena rusak berat. Ubah dulu kondisinya (dengan alasan) di tab Unit peralatan, atau pilih alasan lain.</source>
        <translation>Unit {item} serial number {serial} is in condition {condition}; only units in &apos;badly damaged&apos; condition can be written off as badly damaged. Change its condition first (with a reason) in the Equipment units tab, or choose another reason.</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="116"/>
        <source>Batch {batch} barang {item} belum kedaluwarsa (kedaluwarsa: {expiry}); alasan kedaluwarsa hanya untuk batch yang sudah lewat tanggal kedaluwarsanya.</source>
        <translation>Batch {batch} of {item} has not expired (expiry: {expiry}); the reason &apos;expired&apos; is only for batches past their expiry date.</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="121"/>
        <source>Mutasi {number} berstatus {status}; hanya mutasi yang masih dalam perjalanan dapat diterima.</source>
        <translation>Transfer {number} is {status}; only a transfer still in transit can be received.</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="126"/>
        <source>Dokumen {number} ({kind}) tidak dikoreksi dengan pembalikan: dikoreksi melalui langkah dokumennya: {step}.</source>
        <translation>Document {number} ({kind}) is not corrected by reversal: it is corrected through its own step: {step}.</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="131"/>
        <source>Dokumen {number} sudah dikoreksi oleh {correction}.</source>
        <translation>Document {number} was already corrected by {correction}.</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="135"/>
        <source>Unit {item} nomor seri {serial} sedang di luar gudang ({place}); unit itu kembali hanya melalui pengembalian {document}, bukan dengan penerimaan barang.</source>
        <translation>Unit {item} serial number {serial} is out of the warehouse ({place}); it comes back only through the return of {document}, not by a receipt.</translation>
    </message>
    <message>
        <location filename="../../inventory/errors.py" line="138"/>
        <source>Berkas ini sudah dibukukan sebagai {kind} nomor {number} tanggal {date}; berkas yang sama tidak dibukukan dua kali.</source>
        <translation>This file was already booked as {kind} number {number} dated {date}; the same file is not booked twice.</translation>
    </message>
    <message>
        <location filename="../../deployment/roster.py" line="122"/>
        <location filename="../../inventory/errors.py" line="95"/>
        <source>- baris {row}, kolom {column}: {text}</source>
        <translation>- row {row}, column {column}: {text}</translation>
    </message>
    <message>
        <location filename="../../deployment/roster.py" line="125"/>
        <location filename="../../inventory/errors.py" line="99"/>
        <source>- ... dan {count} kesalahan lain</source>
        <translation>- ... and {count} more errors</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="10"/>
        <source>NIK &apos;{nik}&apos; tidak valid: {reason}</source>
        <translation>NIK &apos;{nik}&apos; is not valid: {reason}</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="14"/>
        <location filename="../../deployment/roster.py" line="346"/>
        <location filename="../../deployment/roster.py" line="438"/>
        <source>NIK {nik} sudah terdaftar atas nama {name}.</source>
        <translation>NIK {nik} is already registered to {name}.</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="18"/>
        <location filename="../../deployment/roster.py" line="359"/>
        <location filename="../../deployment/roster.py" line="441"/>
        <source>NIAT &apos;{niat}&apos; sudah dipakai oleh {name}.</source>
        <translation>NIAT &apos;{niat}&apos; is already used by {name}.</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="22"/>
        <source>Nomor telepon &apos;{phone}&apos; tidak valid untuk Indonesia.</source>
        <translation>Phone number &apos;{phone}&apos; is not a valid Indonesian number.</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="28"/>
        <source>Penugasan ditolak.</source>
        <translation>Assignment refused.</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="32"/>
        <source>{name} sudah ditugaskan pada {other_incident} dari {other_from} sampai {other_to}; periode {start} s.d. {end} beririsan. Penugasan baru paling cepat mulai {next_free}.</source>
        <translation>{name} is already assigned to {other_incident} from {other_from} until {other_to}; the period {start} to {end} overlaps. A new assignment can start {next_free} at the earliest.</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="40"/>
        <source>{name} berstatus nonaktif dan tidak dapat ditugaskan.</source>
        <translation>{name} is inactive and cannot be assigned.</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="44"/>
        <source>{name} menyatakan tidak tersedia dari {start} sampai {end} ({reason}).</source>
        <translation>{name} has declared being unavailable from {start} until {end} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="48"/>
        <source>{name}: istirahat {when} hanya {rest} hari (minimum {min} hari).</source>
        <translation>{name}: rest {when} only {rest} days (minimum {min} days).</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="52"/>
        <source>{name}: penugasan terus-menerus {days} hari ({start} s.d. {end}) melebihi batas {max} hari.</source>
        <translation>{name}: continuous assignment of {days} days ({start} to {end}) exceeds the limit of {max} days.</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="59"/>
        <source>Penugasan tidak diperbolehkan.</source>
        <translation>Assignment not allowed.</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="63"/>
        <source>{name} baru berumur {age} tahun pada {start}; relawan Tagana paling muda {low} tahun. Penugasan tidak dapat dikecualikan.</source>
        <translation>{name} is only {age} years old on {start}; Tagana volunteers are at least {low}. This cannot be excepted.</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="68"/>
        <source>{name} berumur {age} tahun ({status}): anggota di atas {high} tahun atau Legiun hanya boleh bertugas sebagai {roles}, bukan {role}.</source>
        <translation>{name} is {age} years old ({status}): members older than {high} or of the Legiun may only serve as {roles}, not {role}.</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="73"/>
        <source>Penugasan #{id} sudah dibatalkan oleh {who} ({reason}).</source>
        <translation>Assignment #{id} was already voided by {who} ({reason}).</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="77"/>
        <source>Penugasan #{id} ({name}) tidak dapat dibatalkan: relawan sudah check-in pada {at}. Akhiri penugasan dengan &quot;Akhiri...&quot;.</source>
        <translation>Assignment #{id} ({name}) cannot be voided: the volunteer checked in at {at}. End the assignment with &quot;End...&quot;.</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="82"/>
        <source>Penugasan #{id} ({name}) masih menunggu persetujuan pengecualian dari pejabat.</source>
        <translation>Assignment #{id} ({name}) is still waiting for an official to approve the exception.</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="86"/>
        <source>Penugasan #{id} tidak sedang menunggu persetujuan pengecualian.</source>
        <translation>Assignment #{id} is not waiting for an exception to be approved.</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="90"/>
        <source>Waktu {what} {at} di luar masa penugasan {name} ({start} s.d. {end}).</source>
        <translation>Time of {what} {at} is outside {name}&apos;s assignment ({start} to {end}).</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="94"/>
        <source>Penugasan ditolak: {refusal} Hanya pejabat yang dapat mengecualikan penolakan ini, dengan alasan tertulis.</source>
        <translation>Assignment refused: {refusal} Only an official can override this refusal, with a written reason.</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="102"/>
        <source>Kejadian {number} sudah berstatus selesai; tidak dapat menerima penugasan baru.</source>
        <translation>Incident {number} is already closed; it cannot take new assignments.</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="106"/>
        <source>Impor dibatalkan: {count} baris bermasalah; tidak ada data yang disimpan.</source>
        <translation>Import cancelled: {count} rows have problems; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../deployment/errors.py" line="110"/>
        <source>Berkas &apos;{path}&apos; tidak memuat tabel relawan yang dikenali: baris judul dengan kolom {required} tidak ditemukan (lembar &apos;{sheet}&apos;).</source>
        <translation>File &apos;{path}&apos; holds no recognisable volunteer table: no header row with the columns {required} was found (sheet &apos;{sheet}&apos;).</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="66"/>
        <source>Pengiriman {number} berstatus {status}; {action} hanya untuk pengiriman berstatus {allowed}.</source>
        <translation>Dispatch {number} has status {status}; {action} is only for dispatches with status {allowed}.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/records.py" line="48"/>
        <source>{name} tidak ditugaskan pada kejadian {incident} (atau penugasannya sudah berakhir sebelum {day}); hanya relawan yang ditugaskan pada kejadian ini yang dapat mendampingi pengiriman.</source>
        <translation>{name} is not assigned to incident {incident} (or the assignment ended before {day}); only volunteers assigned to this incident can escort a dispatch.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/records.py" line="54"/>
        <source>Jumlah diterima {item} ({received} {unit}) berbeda dari yang dikirim ({sent} {unit}): alasan selisih wajib diisi.</source>
        <translation>The quantity of {item} received ({received} {unit}) differs from the quantity sent ({sent} {unit}): a reason for the difference is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/records.py" line="346"/>
        <source>Status pengiriman &apos;{status}&apos; tidak dikenal. Pilihan: {choices}.</source>
        <translation>Unknown dispatch status &apos;{status}&apos;. Choices: {choices}.</translation>
    </message>
    <message>
        <source>Jumlah harus bilangan bulat lebih dari nol (diberikan: {value}).</source>
        <translation type="vanished">The quantity must be a whole number above zero (given: {value}).</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/returns.py" line="36"/>
        <source>Pengembalian {item} dari pengiriman {number} ditolak: yang masih di lokasi {outstanding} {unit}, dikembalikan {requested} {unit}.</source>
        <translation>Return of {item} from dispatch {number} refused: {outstanding} {unit} still on site, {requested} {unit} returned.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/returns.py" line="66"/>
        <location filename="../../inventory/equipment.py" line="84"/>
        <location filename="../../inventory/loans.py" line="120"/>
        <location filename="../../inventory/stock.py" line="207"/>
        <source>Kondisi &apos;{condition}&apos; tidak dikenal. Pilihan: {choices}.</source>
        <translation>Unknown condition &apos;{condition}&apos;. Choices: {choices}.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/returns.py" line="92"/>
        <source>Sebutkan {qty} nomor seri yang berbeda (diberikan {given}).</source>
        <translation>Give {qty} different serial numbers (given: {given}).</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/returns.py" line="96"/>
        <source>Unit {item} nomor seri {serial} tidak sedang dipinjam oleh pengiriman {number}.</source>
        <translation>Unit {item} with serial number {serial} is not out on loan with dispatch {number}.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/returns.py" line="103"/>
        <source>Barang {item} tidak bernomor seri.</source>
        <translation>Item {item} has no serial numbers.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/lifecycle.py" line="71"/>
        <source>{document} untuk pengiriman {number} belum dapat dicetak: status pengiriman {status}, {needed}.</source>
        <translation>{document} for dispatch {number} cannot be printed yet: dispatch status {status}, {needed}.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/documents.py" line="64"/>
        <source>Belum ada relawan yang ditugaskan pada kejadian {incident}; SPT tidak dapat dibuat.</source>
        <translation>No volunteers are assigned to incident {incident} yet; the duty order (SPT) cannot be made.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/documents.py" line="70"/>
        <source>BAST pengiriman {number} dicetak di posko {code} dengan nomor {bast} dan ditandatangani di sana saat serah terima; kantor tidak mencetak BAST kedua. Cetak ulang di posko {code}.</source>
        <translation>The BAST of dispatch {number} was printed at command post {code} under number {bast} and signed there at the handover; the office prints no second BAST. Reprint it at command post {code}.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/documents.py" line="72"/>
        <source>BAST pengiriman {number} dicetak di posko {code} saat serah terima: pengiriman ini sudah dikirim ke posko lewat berkas pertukaran tanpa nomor BAST kantor. Nomornya datang dengan berkas posko berikutnya.</source>
        <translation>The BAST of dispatch {number} is printed at command post {code} at the handover: this dispatch already went to the command post in an exchange file without an office BAST number. Its number comes with the command post&apos;s next file.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="86"/>
        <source>Terjadi kesalahan yang tidak terduga. Program tetap berjalan, tetapi tindakan terakhir mungkin tidak selesai; periksa hasilnya atau ulangi.</source>
        <translation>An unexpected error occurred. The program keeps running, but the last action may not have finished; check its result or try again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="38"/>
        <source>Cadangan dan pemulihan di sini hanya untuk SQLite; untuk PostgreSQL gunakan pg_dump dan pg_restore.</source>
        <translation>Backup and restore here are for SQLite only; for PostgreSQL use pg_dump and pg_restore.</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="146"/>
        <location filename="../../deployment/volunteers.py" line="487"/>
        <location filename="../../deployment/volunteers.py" line="602"/>
        <source>Tanggal akhir {end} sebelum tanggal mulai {start}.</source>
        <translation>The end date {end} is before the start date {start}.</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="215"/>
        <source>{name} tidak memiliki keahlian {role}.</source>
        <translation>{name} does not have the skill {role}.</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="218"/>
        <source>Sertifikat {role} {name} habis berlaku sejak {expiry}.</source>
        <translation>{name}&apos;s {role} certificate expired on {expiry}.</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="221"/>
        <source>Sertifikat {role} {name} habis berlaku {expiry}, sebelum penugasan berakhir.</source>
        <translation>{name}&apos;s {role} certificate expires on {expiry}, before the assignment ends.</translation>
    </message>
    <message>
        <source>Penugasan terus-menerus {days} hari ({start} s.d. {end}) melebihi batas {max} hari.</source>
        <translation type="vanished">A continuous assignment of {days} days ({start} to {end}) exceeds the limit of {max} days.</translation>
    </message>
    <message>
        <source>Istirahat sejak penugasan sebelumnya hanya {rest} hari (minimum {min} hari).</source>
        <translation type="vanished">Only {rest} days of rest since the previous assignment (minimum {min} days).</translation>
    </message>
    <message>
        <source>Istirahat sebelum penugasan berikutnya hanya {rest} hari (minimum {min} hari).</source>
        <translation type="vanished">Only {rest} days of rest before the next assignment (minimum {min} days).</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="383"/>
        <source>Penugasan tidak dapat berakhir ({end}) sebelum mulai ({start}).</source>
        <translation>An assignment cannot end ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="410"/>
        <source>Perpanjangan harus sesudah tanggal akhir sekarang ({end}).</source>
        <translation>An extension must go past the current end date ({end}).</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="419"/>
        <source>Tanggal berakhir lebih awal harus sebelum tanggal akhir sekarang ({end}).</source>
        <translation>An earlier end date must be before the current end date ({end}).</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="434"/>
        <source>Waktu {what} harus dengan zona waktu.</source>
        <translation>The time of {what} needs a time zone.</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="436"/>
        <source>Waktu {what} ({at}) belum terjadi; catat sesudah relawan {what}.</source>
        <translation>The time of {what} ({at}) has not come yet; record it after the volunteer&apos;s {what}.</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="459"/>
        <source>Waktu datang sesudah waktu pulang.</source>
        <translation>The arrival time is after the departure time.</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="472"/>
        <source>Relawan belum tercatat datang di lokasi.</source>
        <translation>The volunteer has no recorded arrival on site yet.</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="475"/>
        <source>Waktu pulang sebelum waktu datang.</source>
        <translation>The departure time is before the arrival time.</translation>
    </message>
    <message>
        <location filename="../../deployment/assignments.py" line="497"/>
        <source>Alasan pembatalan penugasan wajib diisi.</source>
        <translation>The reason for voiding the assignment is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/kits.py" line="112"/>
        <location filename="../../deployment/dispatch/kits.py" line="137"/>
        <source>Kode dan nama paket wajib diisi.</source>
        <translation>The kit code and name are required.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/kits.py" line="85"/>
        <source>Dasar paket &apos;{basis}&apos; tidak dikenal. Pilihan: {choices}.</source>
        <translation>Unknown kit basis &apos;{basis}&apos;. Choices: {choices}.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/kits.py" line="88"/>
        <source>Paket {name} belum berisi barang.</source>
        <translation>Kit {name} has no items yet.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/kits.py" line="96"/>
        <source>Barang {item} tercantum dua kali dalam paket.</source>
        <translation>Item {item} is listed twice in the kit.</translation>
    </message>
    <message>
        <source>Jumlah dan pembagi paket harus lebih dari nol ({item}).</source>
        <translation type="vanished">The kit&apos;s quantity and divisor must be more than zero ({item}).</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/kits.py" line="189"/>
        <source>Jumlah {basis} untuk paket {name} harus lebih dari nol.</source>
        <translation>The number of {basis} for kit {name} must be more than zero.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/kits.py" line="218"/>
        <source>Angka {what} kejadian belum diisi; sebutkan jumlahnya untuk paket {name}.</source>
        <translation>The incident&apos;s number of {what} is not filled in yet; give the number for kit {name}.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="99"/>
        <source>NIP/NIK penerima &apos;{value}&apos; tidak valid: NIP 18 angka, NIK 16 angka.</source>
        <translation>The recipient&apos;s NIP/NIK &apos;{value}&apos; is not valid: a NIP has 18 digits, a NIK 16.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="150"/>
        <source>Gudang {code} tidak aktif.</source>
        <translation>Warehouse {code} is not active.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="158"/>
        <source>Tujuan pengiriman (posko, desa atau kecamatan) wajib diisi.</source>
        <translation>The dispatch destination (posko, desa or kecamatan) is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="160"/>
        <location filename="../../deployment/distribution/service.py" line="266"/>
        <source>Nama penerima wajib diisi.</source>
        <translation>The recipient&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="162"/>
        <source>Jenis tujuan &apos;{kind}&apos; tidak dikenal. Pilihan: {choices}.</source>
        <translation>Unknown kind of destination &apos;{kind}&apos;. Choices: {choices}.</translation>
    </message>
    <message>
        <source>Permintaan {number} bukan untuk kejadian pengiriman ini.</source>
        <translation type="vanished">Request {number} is not for this dispatch&apos;s incident.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="198"/>
        <source>Posko {code} bukan posko yang dikenal kantor ini.</source>
        <translation>Command post {code} is not a command post known to this office.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="209"/>
        <source>Posko {code} sudah dicabut: pengiriman tidak dapat ditujukan ke sana.</source>
        <translation>Command post {code} has been revoked: dispatches cannot be sent to it.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="213"/>
        <source>Posko {code} melayani kejadian {other}, bukan {incident}: pilih posko kejadian ini.</source>
        <translation>Command post {code} serves incident {other}, not {incident}: choose a command post of this incident.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="243"/>
        <source>Tanggal wajib kembali peralatan pinjam pakai ({due}) sebelum tanggal pengiriman ({day}).</source>
        <translation>The day lent equipment is due back ({due}) is before the dispatch date ({day}).</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="261"/>
        <location filename="../../deployment/incidents.py" line="297"/>
        <location filename="../../deployment/volunteers.py" line="367"/>
        <source>Kolom &apos;{name}&apos; tidak dapat diubah di sini.</source>
        <translation>The field &apos;{name}&apos; cannot be changed here.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="268"/>
        <source>Jenis tujuan &apos;{kind}&apos; tidak dikenal.</source>
        <translation>Unknown kind of destination &apos;{kind}&apos;.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="278"/>
        <source>Tujuan dan nama penerima wajib diisi.</source>
        <translation>Destination and recipient name are required.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="297"/>
        <source>Barang {code} tidak aktif.</source>
        <translation>Item {code} is not active.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="356"/>
        <source>Barang {item} bernomor seri: pilih {qty} nomor seri yang berbeda (diberikan {given}).</source>
        <translation>Item {item} has serial numbers: choose {qty} different serial numbers (given: {given}).</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="379"/>
        <source>Jumlah per batch harus berjumlah {qty} {unit} (diberikan {given}).</source>
        <translation>The quantities per batch must add up to {qty} {unit} (given: {given}).</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="440"/>
        <location filename="../../deployment/dispatch/service.py" line="464"/>
        <source>Pengiriman {number} belum berisi barang.</source>
        <translation>Dispatch {number} has no items yet.</translation>
    </message>
    <message>
        <source>Jumlah diterima {item} tidak valid: {value}.</source>
        <translation type="vanished">The quantity of {item} received is not valid: {value}.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="572"/>
        <source>Jumlah diterima {item} ({received}) melebihi yang dikirim ({sent}).</source>
        <translation>The quantity of {item} received ({received}) is more than the quantity sent ({sent}).</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="604"/>
        <source>Serah terima pengiriman {number} dicatat di posko {code} dan datang ke kantor lewat berkas pertukaran posko itu; kantor tidak mencatatnya sendiri (satu catatan, satu pemilik). Bila laptop posko hilang, cabut dulu posko {code}.</source>
        <translation>The handover of dispatch {number} is recorded at command post {code} and reaches the office in that command post&apos;s exchange file; the office does not record it itself (one record, one owner). If the command post&apos;s laptop is lost, revoke command post {code} first.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/service.py" line="648"/>
        <source>Alasan pembatalan pengiriman wajib diisi.</source>
        <translation>A reason for cancelling the dispatch is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/incidents.py" line="92"/>
        <source>{what} &apos;{value}&apos; tidak dikenal. Pilihan: {choices}.</source>
        <translation>Unknown {what} &apos;{value}&apos;. Choices: {choices}.</translation>
    </message>
    <message>
        <source>Angka {name} &apos;{value}&apos; bukan bilangan bulat.</source>
        <translation type="vanished">The figure {name} &apos;{value}&apos; is not a whole number.</translation>
    </message>
    <message>
        <source>Angka {name} tidak boleh negatif.</source>
        <translation type="vanished">The figure {name} cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../deployment/incidents.py" line="142"/>
        <source>Angka {what} ({value}) lebih besar dari jumlah jiwa terdampak ({jiwa}); periksa kembali angka {what} atau jiwa.</source>
        <translation>The {what} figure ({value}) is larger than the number of people affected ({jiwa}); check the {what} figure or the people figure.</translation>
    </message>
    <message>
        <location filename="../../deployment/incidents.py" line="164"/>
        <source>{what}: dari {old} menjadi {new}</source>
        <translation>{what}: from {old} to {new}</translation>
    </message>
    <message>
        <location filename="../../deployment/incidents.py" line="236"/>
        <source>Nama kejadian wajib diisi.</source>
        <translation>The incident name is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/incidents.py" line="239"/>
        <source>Sebutkan paling sedikit satu kecamatan atau desa terdampak.</source>
        <translation>Name at least one affected district or village.</translation>
    </message>
    <message>
        <location filename="../../deployment/incidents.py" line="355"/>
        <source>Kenaikan besar sejak laporan sebelumnya: {jumps}; periksa kembali.</source>
        <translation>Large increase since the previous report: {jumps}; please check.</translation>
    </message>
    <message>
        <location filename="../../deployment/emergency.py" line="94"/>
        <source>berstatus {status} sejak {start}</source>
        <translation>has status {status} since {start}</translation>
    </message>
    <message>
        <location filename="../../deployment/emergency.py" line="99"/>
        <source>masa status darurat berakhir {end} dan belum diperpanjang</source>
        <translation>its emergency period ended on {end} and was not extended</translation>
    </message>
    <message>
        <location filename="../../deployment/emergency.py" line="102"/>
        <source>status darurat baru berlaku mulai {start}</source>
        <translation>its emergency status only starts on {start}</translation>
    </message>
    <message>
        <location filename="../../deployment/emergency.py" line="104"/>
        <source>berstatus {status} tanpa SK penetapan status darurat</source>
        <translation>has status {status} without a decree declaring it</translation>
    </message>
    <message>
        <location filename="../../deployment/emergency.py" line="105"/>
        <source>belum memiliki SK penetapan status darurat</source>
        <translation>has no decree declaring an emergency</translation>
    </message>
    <message>
        <location filename="../../deployment/emergency.py" line="114"/>
        <source>Tanggal SK {day} belum tiba: SK yang dicatat sudah ditetapkan.</source>
        <translation>Decree date {day} has not come yet: a decree recorded here has already been issued.</translation>
    </message>
    <message>
        <location filename="../../deployment/emergency.py" line="142"/>
        <source>{what} wajib diisi untuk status {status}.</source>
        <translation>{what} is required for the status {status}.</translation>
    </message>
    <message>
        <location filename="../../deployment/emergency.py" line="146"/>
        <location filename="../../deployment/incidents.py" line="241"/>
        <location filename="../../deployment/incidents.py" line="303"/>
        <source>Akhir masa status {end} sebelum awalnya {start}.</source>
        <translation>The status period ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <location filename="../../deployment/emergency.py" line="169"/>
        <source>Kejadian {number} tidak sedang berstatus darurat: tetapkan statusnya dulu, perpanjangan hanya untuk status yang berjalan.</source>
        <translation>Incident {number} is not under an emergency status: set its status first; only a running status is extended.</translation>
    </message>
    <message>
        <location filename="../../deployment/emergency.py" line="172"/>
        <source>Status {status} kejadian {number} belum memiliki akhir masa; tetapkan status dengan masa berlakunya dulu.</source>
        <translation>Status {status} of incident {number} has no end yet; set the status with its period first.</translation>
    </message>
    <message>
        <location filename="../../deployment/emergency.py" line="176"/>
        <source>Perpanjangan sampai {to} harus sesudah akhir masa status sekarang ({end}).</source>
        <translation>An extension until {to} must go beyond the current end of the status ({end}).</translation>
    </message>
    <message>
        <location filename="../../deployment/emergency.py" line="180"/>
        <source>Nomor dan tanggal SK perpanjangan wajib diisi.</source>
        <translation>The number and date of the extension decree are required.</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="98"/>
        <source>Jumlah {name} tidak boleh negatif.</source>
        <translation>The number of {name} cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../deployment/needs.py" line="100"/>
        <source>Lama hari paling sedikit 1.</source>
        <translation>The number of days must be at least 1.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/incident.py" line="195"/>
        <source>Laporan pertanggungjawaban dibuat per kejadian: pilih nomor kejadian.</source>
        <translation>The accountability report is made per incident: choose an incident number.</translation>
    </message>
    <message>
        <location filename="../../deployment/reports/model.py" line="33"/>
        <source>Tanggal akhir {end} sebelum tanggal awal {start}.</source>
        <translation>The end date {end} is before the start date {start}.</translation>
    </message>
    <message>
        <source>Berkas &apos;{name}&apos; bukan .xlsx atau .csv.</source>
        <translation type="vanished">The file &apos;{name}&apos; is not .xlsx or .csv.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/sheets.py" line="96"/>
        <source>Berkas &apos;{name}&apos; terlalu besar ({size} MB; paling besar {limit} MB).</source>
        <translation>File &apos;{name}&apos; is too large ({size} MB; at most {limit} MB).</translation>
    </message>
    <message>
        <location filename="../../tagana_app/sheets.py" line="108"/>
        <location filename="../../tagana_app/sheets.py" line="144"/>
        <source>Berkas &apos;{name}&apos; tidak dapat dibaca sebagai .xlsx: {reason}</source>
        <translation>The file &apos;{name}&apos; cannot be read as .xlsx: {reason}</translation>
    </message>
    <message>
        <location filename="../../tagana_app/sheets.py" line="112"/>
        <source>Berkas &apos;{name}&apos; ditolak: isinya membesar menjadi {size} MB setelah dibuka (paling besar {limit} MB).</source>
        <translation>File &apos;{name}&apos; refused: its contents swell to {size} MB when unpacked (at most {limit} MB).</translation>
    </message>
    <message>
        <location filename="../../tagana_app/sheets.py" line="118"/>
        <source>Berkas &apos;{name}&apos; ditolak: bagian &apos;{member}&apos; dimampatkan {ratio} kali (paling banyak {limit} kali); berkas seperti ini dibuat untuk menghabiskan memori.</source>
        <translation>File &apos;{name}&apos; refused: its part &apos;{member}&apos; is compressed {ratio} times (at most {limit} times); files like this are made to exhaust memory.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/sheets.py" line="168"/>
        <source>Lembar &apos;{sheet}&apos; tidak ada di berkas &apos;{name}&apos;.</source>
        <translation>There is no sheet &apos;{sheet}&apos; in the file &apos;{name}&apos;.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/sheets.py" line="171"/>
        <source>Lembar &apos;{sheet}&apos; di berkas &apos;{name}&apos; tersembunyi; tampilkan lembar itu di Excel bila memang isinya yang dimaksud.</source>
        <translation>Sheet &apos;{sheet}&apos; of file &apos;{name}&apos; is hidden; unhide it in Excel if its contents are really what you mean.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/sheets.py" line="178"/>
        <source>Berkas &apos;{name}&apos; tidak memiliki lembar yang terlihat.</source>
        <translation>File &apos;{name}&apos; has no visible sheet.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/sheets.py" line="220"/>
        <source>Berkas &apos;{name}&apos;, lembar &apos;{sheet}&apos;: lebih dari {limit} sel; bagi menjadi beberapa berkas.</source>
        <translation>File &apos;{name}&apos;, sheet &apos;{sheet}&apos;: more than {limit} cells; split it into several files.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/sheets.py" line="247"/>
        <source>Berkas &apos;{name}&apos; bertanda UTF-8 tetapi byte ke-{offset} bukan UTF-8 yang sah; simpan ulang sebagai &quot;CSV UTF-8&quot;.</source>
        <translation>File &apos;{name}&apos; is marked UTF-8 but byte {offset} is not valid UTF-8; save it again as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/sheets.py" line="259"/>
        <source>Berkas &apos;{name}&apos; bukan teks CSV yang dapat dibaca (pengodean bukan UTF-8 atau Windows-1252); simpan ulang dari Excel sebagai &quot;CSV UTF-8&quot;.</source>
        <translation>File &apos;{name}&apos; is not readable CSV text (its encoding is not UTF-8 or Windows-1252); save it again from Excel as &quot;CSV UTF-8&quot;.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/sheets.py" line="276"/>
        <source>Berkas &apos;{name}&apos;: lebih dari {limit} sel; bagi menjadi beberapa berkas.</source>
        <translation>File &apos;{name}&apos;: more than {limit} cells; split it into several files.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/sheets.py" line="280"/>
        <source>Berkas &apos;{name}&apos; baris {row}: bukan CSV yang sah ({reason}).</source>
        <translation>File &apos;{name}&apos; row {row}: not valid CSV ({reason}).</translation>
    </message>
    <message>
        <location filename="../../tagana_app/sheets.py" line="310"/>
        <source>Angka {value} bukan tanggal Excel yang masuk akal (tanggal {low} sampai {high}).</source>
        <translation>The number {value} is not a sensible Excel date (dates {low} to {high}).</translation>
    </message>
    <message>
        <location filename="../../deployment/roster.py" line="118"/>
        <source>Impor dibatalkan: {count} baris bermasalah; tidak ada data yang disimpan.
{details}</source>
        <translation>Import cancelled: {count} rows with problems; no data was saved.
{details}</translation>
    </message>
    <message>
        <location filename="../../deployment/roster.py" line="246"/>
        <source>Sel berisi rumus tanpa nilai tersimpan; buka berkas di Excel dan simpan ulang (agar nilainya tersimpan) atau tulis nilainya.</source>
        <translation>The cell holds a formula without a stored value; open the file in Excel and save it again (so its value is stored) or write the value.</translation>
    </message>
    <message>
        <location filename="../../deployment/roster.py" line="252"/>
        <source>Nama wajib diisi.</source>
        <translation>The name is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/roster.py" line="257"/>
        <source>NIK wajib diisi.</source>
        <translation>The NIK is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/roster.py" line="272"/>
        <location filename="../../deployment/validate.py" line="286"/>
        <source>Kecamatan wajib diisi.</source>
        <translation>The kecamatan is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/roster.py" line="341"/>
        <source>NIK {nik} sama dengan baris {other} di berkas ini.</source>
        <translation>NIK {nik} is the same as in row {other} of this file.</translation>
    </message>
    <message>
        <location filename="../../deployment/roster.py" line="355"/>
        <source>NIAT &apos;{niat}&apos; sama dengan baris {other}.</source>
        <translation>NIAT &apos;{niat}&apos; is the same as in row {other}.</translation>
    </message>
    <message>
        <location filename="../../deployment/roster.py" line="368"/>
        <source>Lembar &apos;{sheet}&apos;, baris judul {row}.</source>
        <translation>Sheet &apos;{sheet}&apos;, header row {row}.</translation>
    </message>
    <message>
        <location filename="../../deployment/roster.py" line="370"/>
        <source>Kolom yang tidak dipakai: {columns}.</source>
        <translation>Columns not used: {columns}.</translation>
    </message>
    <message>
        <location filename="../../deployment/roster.py" line="373"/>
        <source>Kolom tidak ada (diisi dari NIK atau dibiarkan kosong): {columns}.</source>
        <translation>Columns missing (filled in from the NIK or left empty): {columns}.</translation>
    </message>
    <message>
        <location filename="../../deployment/validate.py" line="57"/>
        <source>Keahlian &apos;{value}&apos; tidak dikenal. Pilihan: {choices}.</source>
        <translation>Unknown skill &apos;{value}&apos;. Choices: {choices}.</translation>
    </message>
    <message>
        <location filename="../../deployment/validate.py" line="73"/>
        <source>Jenjang &apos;{value}&apos; tidak dikenal. Pilihan: Muda, Madya, Utama.</source>
        <translation>Unknown level &apos;{value}&apos;. Choices: Muda, Madya, Utama.</translation>
    </message>
    <message>
        <location filename="../../deployment/validate.py" line="82"/>
        <source>Status &apos;{value}&apos; tidak dikenal. Pilihan: aktif, nonaktif, Legiun.</source>
        <translation>Unknown status &apos;{value}&apos;. Choices: aktif, nonaktif, Legiun.</translation>
    </message>
    <message>
        <location filename="../../deployment/validate.py" line="91"/>
        <source>Jenis kelamin &apos;{value}&apos; tidak dikenal: isi L atau P.</source>
        <translation>Unknown sex &apos;{value}&apos;: enter L or P.</translation>
    </message>
    <message>
        <location filename="../../deployment/validate.py" line="117"/>
        <source>Tanggal &apos;{value}&apos; tidak dikenali: tulis seperti 2026-11-23, 23/11/2026 atau 23 November 2026.</source>
        <translation>Date &apos;{value}&apos; not recognised: write it like 2026-11-23, 23/11/2026 or 23 November 2026.</translation>
    </message>
    <message>
        <location filename="../../deployment/validate.py" line="197"/>
        <source>Kode wilayah NIK {code} tidak ada dalam daftar Kemendagri terbaru (mungkin kode lama sebelum pemekaran).</source>
        <translation>The NIK&apos;s area code {code} is not in the latest Kemendagri list (perhaps an old code from before a region was split).</translation>
    </message>
    <message>
        <location filename="../../deployment/validate.py" line="202"/>
        <source>Tanggal lahir {entered} tidak sesuai dengan NIK ({from_nik}).</source>
        <translation>The birth date {entered} does not match the NIK ({from_nik}).</translation>
    </message>
    <message>
        <location filename="../../deployment/validate.py" line="205"/>
        <source>Jenis kelamin {entered} tidak sesuai dengan NIK ({from_nik}).</source>
        <translation>The sex {entered} does not match the NIK ({from_nik}).</translation>
    </message>
    <message>
        <location filename="../../deployment/validate.py" line="219"/>
        <source>Umur {age} tahun di atas {high} tahun untuk anggota aktif (pertimbangkan status Legiun Tagana).</source>
        <translation>Age {age} is above {high} for an active member (consider the Tagana Legion status).</translation>
    </message>
    <message>
        <location filename="../../deployment/validate.py" line="222"/>
        <source>Umur {age} tahun di bawah {low} tahun.</source>
        <translation>Age {age} is below {low}.</translation>
    </message>
    <message>
        <location filename="../../deployment/validate.py" line="267"/>
        <source>Kecamatan &apos;{value}&apos; tidak ada di {home}.</source>
        <translation>There is no kecamatan &apos;{value}&apos; in {home}.</translation>
    </message>
    <message>
        <location filename="../../deployment/validate.py" line="273"/>
        <source>Desa &apos;{value}&apos; tidak berada di kecamatan {kec}.</source>
        <translation>Desa &apos;{value}&apos; does not lie in kecamatan {kec}.</translation>
    </message>
    <message>
        <location filename="../../deployment/validate.py" line="277"/>
        <source>Desa &apos;{value}&apos; ditulis dengan nama: isi juga kecamatannya.</source>
        <translation>Desa &apos;{value}&apos; is given by name: fill in its kecamatan too.</translation>
    </message>
    <message>
        <location filename="../../deployment/validate.py" line="282"/>
        <source>Desa &apos;{value}&apos; tidak ada di kecamatan {kec}.</source>
        <translation>There is no desa &apos;{value}&apos; in kecamatan {kec}.</translation>
    </message>
    <message>
        <location filename="../../deployment/volunteers.py" line="263"/>
        <source>Nama lengkap wajib diisi.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/volunteers.py" line="268"/>
        <source>Wilayah (kode kecamatan atau desa) wajib diisi.</source>
        <translation>The area (kecamatan or desa code) is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/volunteers.py" line="287"/>
        <location filename="../../deployment/volunteers.py" line="395"/>
        <source>Masa berlaku sertifikat {skill} berakhir sebelum tanggal pelatihan.</source>
        <translation>The {skill} certificate expires before the training date.</translation>
    </message>
    <message>
        <location filename="../../deployment/volunteers.py" line="408"/>
        <source>Sertifikat {skill} sudah habis berlaku sejak {expiry}.</source>
        <translation>The {skill} certificate expired on {expiry}.</translation>
    </message>
    <message>
        <location filename="../../deployment/volunteers.py" line="424"/>
        <source>{name} tidak memiliki keahlian {skill}.</source>
        <translation>{name} does not have the skill {skill}.</translation>
    </message>
    <message>
        <location filename="../../deployment/volunteers.py" line="490"/>
        <source>Alasan tidak tersedia wajib diisi.</source>
        <translation>A reason for the unavailability is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/volunteers.py" line="498"/>
        <source>Sudah ada {n} penugasan dalam periode ini; periksa kembali.</source>
        <translation>There are already {n} assignments in this period; check them again.</translation>
    </message>
    <message>
        <location filename="../../deployment/volunteers.py" line="620"/>
        <source>Filter sertifikat &apos;{value}&apos; tidak dikenal; pakai: {choices}.</source>
        <translation>Unknown certificate filter &apos;{value}&apos;; use: {choices}.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog.py" line="78"/>
        <source>Kode {what} &apos;{code}&apos; tidak valid: gunakan huruf, angka, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; atau &apos;/&apos; (paling panjang 30).</source>
        <translation>The {what} code &apos;{code}&apos; is not valid: use letters, digits, &apos;-&apos;, &apos;.&apos;, &apos;_&apos; or &apos;/&apos; (30 at most).</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog.py" line="137"/>
        <source>Kemasan &apos;{pack}&apos; tidak dikenal untuk barang {item}. Pilihan: {choices}.</source>
        <translation>Pack &apos;{pack}&apos; is not known for item {item}. Choices: {choices}.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog.py" line="162"/>
        <source>Nama gudang wajib diisi.</source>
        <translation>The warehouse name is required.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog.py" line="164"/>
        <location filename="../../inventory/catalog_edit.py" line="483"/>
        <source>Jenis gudang &apos;{kind}&apos; tidak dikenal. Pilihan: {choices}.</source>
        <translation>Unknown kind of warehouse &apos;{kind}&apos;. Choices: {choices}.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog.py" line="197"/>
        <location filename="../../inventory/catalog_edit.py" line="251"/>
        <source>Nama barang wajib diisi.</source>
        <translation>The item name is required.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog.py" line="110"/>
        <source>Satuan &apos;{unit}&apos; tidak dikenal. Pilihan: {choices}.</source>
        <translation>Unknown unit &apos;{unit}&apos;. Choices: {choices}.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog.py" line="200"/>
        <location filename="../../inventory/catalog_edit.py" line="276"/>
        <source>Jenis barang &apos;{kind}&apos; tidak dikenal. Pilihan: {choices}.</source>
        <translation>Unknown kind of item &apos;{kind}&apos;. Choices: {choices}.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog.py" line="204"/>
        <location filename="../../inventory/catalog_edit.py" line="279"/>
        <source>Hanya peralatan yang dapat bernomor seri; barang &apos;{code}&apos; bukan peralatan.</source>
        <translation>Only equipment can have serial numbers; item &apos;{code}&apos; is not equipment.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog.py" line="208"/>
        <location filename="../../inventory/catalog_edit.py" line="282"/>
        <source>Barang bernomor seri &apos;{code}&apos; tidak dicatat per batch kedaluwarsa.</source>
        <translation>Serial-numbered item &apos;{code}&apos; is not kept in expiry batches.</translation>
    </message>
    <message>
        <source>Stok minimum tidak boleh negatif.</source>
        <translation type="vanished">The minimum stock cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../inventory/cli.py" line="55"/>
        <source>Anggota tim &apos;{text}&apos; tidak terbaca; tulis NAMA|NIP|PERAN, mis. &quot;Rina Marlina|198503122010012003|Ketua Tim&quot; (NIP boleh kosong).</source>
        <translation>Team member &apos;{text}&apos; cannot be read; write NAME|NIP|ROLE, e.g. &quot;Rina Marlina|198503122010012003|Ketua Tim&quot; (the NIP may be empty).</translation>
    </message>
    <message>
        <location filename="../../inventory/cli.py" line="68"/>
        <source>Cut-off &apos;{text}&apos; tidak valid; tulis YYYY-MM-DD HH:MM, mis. 2026-11-30 16:00.</source>
        <translation>Cut-off &apos;{text}&apos; is not valid; write YYYY-MM-DD HH:MM, e.g. 2026-11-30 16:00.</translation>
    </message>
    <message>
        <location filename="../../inventory/cli.py" line="77"/>
        <location filename="../../inventory/writeoffs.py" line="133"/>
        <source>Keputusan penghapusan perlu nomor, tanggal dan pejabat yang menetapkannya.</source>
        <translation>A write-off decree needs its number, date and the official who issued it.</translation>
    </message>
    <message>
        <location filename="../../inventory/cli.py" line="90"/>
        <location filename="../../inventory/stock.py" line="168"/>
        <source>Sumber &apos;{source}&apos; tidak dikenal. Pilihan: {choices}.</source>
        <translation>Unknown source &apos;{source}&apos;. Choices: {choices}.</translation>
    </message>
    <message>
        <location filename="../../inventory/cli.py" line="249"/>
        <source>--received &apos;{text}&apos; tidak terbaca; tulis BARANG=JUMLAH, mis. BRS=90.</source>
        <translation>--received &apos;{text}&apos; cannot be read; write ITEM=QUANTITY, e.g. BRS=90.</translation>
    </message>
    <message>
        <location filename="../../inventory/cli.py" line="433"/>
        <location filename="../../inventory/importing.py" line="118"/>
        <location filename="../../inventory/line_files.py" line="61"/>
        <location filename="../../tagana_app/sheets.py" line="154"/>
        <source>Berkas &apos;{path}&apos; tidak ditemukan.</source>
        <translation>The file &apos;{path}&apos; was not found.</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="232"/>
        <source>Gudang {warehouse} sedang diopname ({number}); selesaikan dulu opname itu.</source>
        <translation>Warehouse {warehouse} is being counted ({number}); finish that stock count first.</translation>
    </message>
    <message>
        <source>Jumlah terhitung harus bilangan bulat nol atau lebih (diberikan: {value}).</source>
        <translation type="vanished">The counted quantity must be a whole number of zero or more (given: {value}).</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="174"/>
        <source>Anggota tim opname ke-{n}: nama dan peran dalam tim wajib diisi.</source>
        <translation>Count team member {n}: the name and the role in the team are required.</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="177"/>
        <source>Anggota tim opname ke-{n}: nama paling panjang {name_max} huruf, peran {role_max} huruf.</source>
        <translation>Count team member {n}: the name may have at most {name_max} characters, the role {role_max}.</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="181"/>
        <source>NIP {name} harus 18 angka (tertulis &apos;{nip}&apos;).</source>
        <translation>The NIP of {name} must be 18 digits (written &apos;{nip}&apos;).</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="185"/>
        <source>{name} tercatat dua kali dalam tim opname.</source>
        <translation>{name} is listed twice in the count team.</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="196"/>
        <source>Cut-off opname {cutoff} belum terjadi; isi saat yang sudah lewat.</source>
        <translation>The count cut-off {cutoff} has not happened yet; enter a moment that has passed.</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="201"/>
        <source>Cut-off opname {cutoff} lebih awal dari mutasi terakhir gudang ini ({last}); jumlah menurut buku tidak akan sesuai cut-off.</source>
        <translation>The count cut-off {cutoff} is earlier than this warehouse&apos;s last movement ({last}); the book quantities would not match the cut-off.</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="263"/>
        <source>Tim opname tanpa anggota.</source>
        <translation>A count team without members.</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="290"/>
        <source>{item} ({code}) memiliki tanggal kedaluwarsa: hitung per batch dan isi kode batch (dan tanggal kedaluwarsa bila batch belum tercatat).</source>
        <translation>{item} ({code}) has an expiry date: count it per batch and fill in the batch code (and the expiry date when the batch is not on the books).</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="300"/>
        <source>Batch &apos;{batch}&apos; {item} belum tercatat: isi tanggal kedaluwarsanya untuk mencatat barang yang ditemukan.</source>
        <translation>Batch &apos;{batch}&apos; of {item} is not on the books: fill in its expiry date to record the goods found.</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="350"/>
        <source>Selisih opname perlu alasan: {lines}.</source>
        <translation>Count differences need a reason: {lines}.</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="354"/>
        <source>Selisih barang bernomor seri ({items}) diselesaikan per unit: catat penerimaan unit yang ditemukan atau ajukan penghapusan unit yang hilang, lalu hitung ulang.</source>
        <translation>Differences in serial-numbered items ({items}) are settled per unit: record the receipt of units found or propose a write-off of units missing, then count again.</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="380"/>
        <source>Catatan pengembalian opname wajib diisi: apa yang perlu diperbaiki.</source>
        <translation>A note is required when sending a count back: what needs to be fixed.</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="432"/>
        <source>Alasan pembatalan opname wajib diisi.</source>
        <translation>A reason for cancelling the stock count is required.</translation>
    </message>
    <message>
        <location filename="../../inventory/writeoff_papers.py" line="100"/>
        <source>Berita acara penghapusan hanya dibuat untuk penghapusan yang sudah disetujui ({number} berstatus {status}).</source>
        <translation>A write-off record is only made for an approved write-off ({number} has status {status}).</translation>
    </message>
    <message>
        <location filename="../../inventory/writeoff_papers.py" line="103"/>
        <source>Berita acara penghapusan {number} belum dapat dicetak: catat dulu keputusan penghapusan (nomor, tanggal, pejabat yang menetapkan) dan cara penghapusannya.</source>
        <translation>The write-off record {number} cannot be printed yet: first record the write-off decree (number, date, issuing official) and the method of disposal.</translation>
    </message>
    <message>
        <location filename="../../inventory/equipment.py" line="89"/>
        <source>Unit {serial} sudah tidak tercatat di persediaan ({status}).</source>
        <translation>Unit {serial} is no longer in stock ({status}).</translation>
    </message>
    <message>
        <source>Berkas &apos;{path}&apos; tidak dapat dibaca sebagai .xlsx: {error}</source>
        <translation type="vanished">The file &apos;{path}&apos; cannot be read as .xlsx: {error}</translation>
    </message>
    <message>
        <location filename="../../tagana_app/sheets.py" line="160"/>
        <source>Jenis berkas &apos;{suffix}&apos; tidak didukung: gunakan .xlsx atau .csv.</source>
        <translation>Files of type &apos;{suffix}&apos; are not supported: use .xlsx or .csv.</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="106"/>
        <source>Berkas &apos;{path}&apos; kosong.</source>
        <translation>The file &apos;{path}&apos; is empty.</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="129"/>
        <location filename="../../inventory/line_files.py" line="71"/>
        <source>kolom wajib tidak ada di baris judul</source>
        <translation>required column missing from the header row</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="134"/>
        <location filename="../../inventory/line_files.py" line="76"/>
        <source>Berkas &apos;{path}&apos; tidak berisi baris data.</source>
        <translation>The file &apos;{path}&apos; has no data rows.</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="190"/>
        <location filename="../../inventory/line_files.py" line="94"/>
        <source>berisi rumus tanpa nilai tersimpan; buka berkas di Excel, simpan ulang (agar nilainya tersimpan) atau tulis nilainya</source>
        <translation>holds a formula without a stored value; open the file in Excel, save it again (so its value is stored) or write the value</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="199"/>
        <location filename="../../inventory/importing.py" line="203"/>
        <location filename="../../inventory/importing.py" line="209"/>
        <location filename="../../inventory/line_files.py" line="101"/>
        <location filename="../../inventory/line_files.py" line="109"/>
        <source>wajib diisi</source>
        <translation>required</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="201"/>
        <source>gudang &apos;{code}&apos; tidak dikenal</source>
        <translation>unknown warehouse &apos;{code}&apos;</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="205"/>
        <source>barang &apos;{code}&apos; belum ada di katalog</source>
        <translation>item &apos;{code}&apos; is not in the catalogue yet</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; bukan bilangan bulat lebih dari nol</source>
        <translation type="vanished">&apos;{value}&apos; is not a whole number above zero</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="216"/>
        <location filename="../../inventory/line_files.py" line="116"/>
        <source>&apos;{value}&apos; bukan bilangan bulat dari 1 sampai {limit} (angka 0-9)</source>
        <translation>&apos;{value}&apos; is not a whole number from 1 to {limit} (digits 0-9)</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="220"/>
        <source>satuan &apos;{unit}&apos; berbeda dengan katalog (&apos;{catalogue}&apos;)</source>
        <translation>unit &apos;{unit}&apos; differs from the catalogue (&apos;{catalogue}&apos;)</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="224"/>
        <location filename="../../inventory/line_files.py" line="152"/>
        <source>&apos;{condition}&apos; tidak dikenal (pilihan: {choices})</source>
        <translation>unknown &apos;{condition}&apos; (choices: {choices})</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="234"/>
        <location filename="../../inventory/line_files.py" line="143"/>
        <source>tanggal &apos;{value}&apos; tidak dikenali (gunakan YYYY-MM-DD atau DD/MM/YYYY)</source>
        <translation>date &apos;{value}&apos; not recognised (use YYYY-MM-DD or DD/MM/YYYY)</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="248"/>
        <location filename="../../inventory/line_files.py" line="146"/>
        <source>wajib diisi untuk barang {item} yang memiliki masa kedaluwarsa</source>
        <translation>required for item {item}, which has an expiry date</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="251"/>
        <location filename="../../inventory/line_files.py" line="149"/>
        <source>barang {item} tidak dicatat kedaluwarsanya; kosongkan</source>
        <translation>item {item} has no expiry dates; leave it empty</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="256"/>
        <source>batch &apos;{batch}&apos; sudah tercatat dengan kedaluwarsa {recorded}</source>
        <translation>batch &apos;{batch}&apos; is already recorded with expiry {recorded}</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="260"/>
        <source>batch &apos;{batch}&apos; di baris {row} berkedaluwarsa {expiry}</source>
        <translation>batch &apos;{batch}&apos; in row {row} expires on {expiry}</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="265"/>
        <location filename="../../inventory/line_files.py" line="127"/>
        <source>barang bernomor seri: perlu {needed} nomor seri, ada {given}</source>
        <translation>serial-numbered item: {needed} serial numbers needed, {given} given</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="269"/>
        <source>nomor seri {serial} juga ada di baris {row}</source>
        <translation>serial number {serial} is also in row {row}</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="273"/>
        <location filename="../../inventory/line_files.py" line="130"/>
        <source>barang {item} tidak bernomor seri; kosongkan</source>
        <translation>item {item} has no serial numbers; leave it empty</translation>
    </message>
    <message>
        <location filename="../../inventory/importing.py" line="285"/>
        <source>nomor seri {serial} sudah tercatat di persediaan</source>
        <translation>serial number {serial} is already in stock</translation>
    </message>
    <message>
        <location filename="../../inventory/counts.py" line="295"/>
        <location filename="../../inventory/ledger.py" line="171"/>
        <source>Batch &apos;{batch}&apos; sudah tercatat dengan tanggal kedaluwarsa {recorded}, bukan {given}.</source>
        <translation>Batch &apos;{batch}&apos; is already recorded with the expiry date {recorded}, not {given}.</translation>
    </message>
    <message>
        <location filename="../../inventory/ledger.py" line="183"/>
        <source>Batch &apos;{batch}&apos; sudah tercatat dengan harga satuan Rp{recorded}, bukan Rp{given}; beri kode batch lain untuk harga yang berbeda.</source>
        <translation>Batch &apos;{batch}&apos; is recorded with the unit price Rp{recorded}, not Rp{given}; give another batch code for a different price.</translation>
    </message>
    <message>
        <location filename="../../inventory/ledger.py" line="247"/>
        <source>Jumlah yang dicadangkan tidak cukup untuk dikeluarkan ({n}).</source>
        <translation>The reserved quantity is not enough to issue ({n}).</translation>
    </message>
    <message>
        <location filename="../../inventory/ledger.py" line="273"/>
        <source>Cadangan stok yang dilepas ({n}) lebih besar dari yang tercatat.</source>
        <translation>The stock reservation released ({n}) is larger than the one recorded.</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="171"/>
        <source>Penerimaan tanpa baris barang.</source>
        <translation>The receipt has no item lines.</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="201"/>
        <source>Barang {item} sudah dinonaktifkan; penerimaan baru tidak dicatat. Aktifkan kembali di Data induk bila barang itu masih diadakan.</source>
        <translation>Item {item} has been deactivated; new receipts are not recorded. Reactivate it in Master data if the item is still procured.</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="213"/>
        <source>Barang {item} bernomor seri: sebutkan {qty} nomor seri (diberikan {given}).</source>
        <translation>Item {item} has serial numbers: give {qty} serial numbers (given: {given}).</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="217"/>
        <source>Nomor seri ganda dalam satu penerimaan barang {item}.</source>
        <translation>Duplicate serial numbers in one receipt of item {item}.</translation>
    </message>
    <message>
        <source>Harga satuan barang bernomor seri {item} belum dapat dicatat; kosongkan harga pada baris ini.</source>
        <translation type="vanished">The unit price of serial-numbered item {item} cannot be recorded yet; leave the price of this line empty.</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="248"/>
        <location filename="../../inventory/stock.py" line="317"/>
        <source>Barang {item} tidak bernomor seri; hapus nomor seri dari baris ini.</source>
        <translation>Item {item} has no serial numbers; remove the serial numbers from this line.</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="252"/>
        <source>Barang {item} memiliki masa kedaluwarsa: tanggal kedaluwarsa wajib diisi.</source>
        <translation>Item {item} expires, so the expiry date is required.</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="258"/>
        <source>Barang {item} tidak dicatat kedaluwarsanya; kosongkan tanggal kedaluwarsa.</source>
        <translation>Item {item} has no expiry dates; leave the expiry date empty.</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="353"/>
        <source>Barang {item} bernomor seri: sebutkan {qty} nomor seri yang berbeda (diberikan {given}).</source>
        <translation>Item {item} has serial numbers: give {qty} different serial numbers (given: {given}).</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="435"/>
        <source>Penerima barang wajib diisi.</source>
        <translation>The recipient of the goods is required.</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="439"/>
        <source>Alasan pengeluaran barang kedaluwarsa wajib diisi.</source>
        <translation>A reason for issuing expired goods is required.</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="441"/>
        <source>Pengeluaran tanpa baris barang.</source>
        <translation>The issue has no item lines.</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="490"/>
        <source>mutasi ini bagian dari {kind} {number} dan dikoreksi melalui langkah dokumennya: {step}.</source>
        <translation>this movement belongs to {kind} {number} and is corrected through that document&apos;s own step: {step}.</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="508"/>
        <source>pengembalian barang atau pembatalan pengiriman</source>
        <translation>the return of the goods or the cancellation of the dispatch</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="509"/>
        <source>koreksi pengembalian pada pengirimannya</source>
        <translation>correcting the return on its dispatch</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="510"/>
        <source>stock opname berikutnya</source>
        <translation>the next stock count</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="511"/>
        <source>usulan dan keputusan penghapusan</source>
        <translation>the write-off request and its decision</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="512"/>
        <source>penerimaan mutasi di gudang tujuan (selisih dengan alasan) atau mutasi balik</source>
        <translation>receiving the transfer at its destination (a difference with its reason) or a transfer back</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="513"/>
        <location filename="../../inventory/stock.py" line="514"/>
        <source>pengembalian unit melalui pinjam pakainya</source>
        <translation>the return of the unit through its pinjam pakai loan</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="515"/>
        <source>pembatalan distribusinya</source>
        <translation>the cancellation of the distribution</translation>
    </message>
    <message>
        <location filename="../../inventory/transfers.py" line="142"/>
        <source>Alasan memindahkan barang kedaluwarsa wajib diisi.</source>
        <translation>A reason for moving expired goods is required.</translation>
    </message>
    <message>
        <location filename="../../inventory/transfers.py" line="145"/>
        <source>Gudang asal dan tujuan sama ({code}).</source>
        <translation>The source and destination warehouse are the same ({code}).</translation>
    </message>
    <message>
        <location filename="../../inventory/transfers.py" line="147"/>
        <source>Mutasi tanpa baris barang.</source>
        <translation>The transfer has no item lines.</translation>
    </message>
    <message>
        <location filename="../../inventory/transfers.py" line="216"/>
        <source>Tanggal terima {date} sebelum tanggal kirim mutasi {number} ({sent}).</source>
        <translation>Date received {date} is before the date transfer {number} was sent ({sent}).</translation>
    </message>
    <message>
        <location filename="../../inventory/transfers.py" line="232"/>
        <source>Barang {item} tidak ada dalam mutasi {number}.</source>
        <translation>Item {item} is not on transfer {number}.</translation>
    </message>
    <message>
        <location filename="../../inventory/transfers.py" line="235"/>
        <source>Jumlah diterima {item} harus 0 sampai {sent} (jumlah dikirim); diberikan {given}.</source>
        <translation>The quantity received of {item} must be 0 to {sent} (the quantity sent); given {given}.</translation>
    </message>
    <message>
        <location filename="../../inventory/transfers.py" line="242"/>
        <source>Nomor seri {serial} tidak ada dalam mutasi {number}.</source>
        <translation>Serial number {serial} is not on transfer {number}.</translation>
    </message>
    <message>
        <location filename="../../inventory/transfers.py" line="248"/>
        <source>Barang {item} bernomor seri: sebutkan nomor seri unit yang tidak tiba ({count} unit).</source>
        <translation>Item {item} has serial numbers: name the serial numbers of the units that did not arrive ({count} units).</translation>
    </message>
    <message>
        <location filename="../../inventory/transfers.py" line="255"/>
        <source>Barang {item} diterima kurang {difference} dari yang dikirim: isi alasan selisih.</source>
        <translation>Item {item} was received {difference} short of what was sent: give the reason for the difference.</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="479"/>
        <source>Alasan pembatalan wajib diisi.</source>
        <translation>A reason for the cancellation is required.</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="485"/>
        <source>mutasi pembatalan tidak dapat dibatalkan lagi; catat transaksi baru.</source>
        <translation>a reversal cannot itself be reversed; record a new transaction.</translation>
    </message>
    <message>
        <source>unit pinjam pakai keluar dan kembali hanya lewat pinjamannya ({number}).</source>
        <translation type="vanished">a lent unit goes out and comes back only through its loan ({number}).</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="555"/>
        <source>unit {serial} sudah berpindah lagi sesudahnya.</source>
        <translation>unit {serial} has moved again since.</translation>
    </message>
    <message>
        <location filename="../../inventory/stock.py" line="562"/>
        <source>unit {serial} tidak lagi di gudang ini.</source>
        <translation>unit {serial} is no longer in this warehouse.</translation>
    </message>
    <message>
        <location filename="../../inventory/writeoffs.py" line="125"/>
        <source>Cara penghapusan &apos;{method}&apos; tidak dikenal. Pilihan: {choices}.</source>
        <translation>Disposal method &apos;{method}&apos; is unknown. Choices: {choices}.</translation>
    </message>
    <message>
        <location filename="../../inventory/writeoffs.py" line="136"/>
        <source>Nomor keputusan paling panjang {number_max} huruf, pejabat yang menetapkan {issuer_max} huruf.</source>
        <translation>The decree number may have at most {number_max} characters, the issuing official {issuer_max}.</translation>
    </message>
    <message>
        <location filename="../../inventory/writeoffs.py" line="140"/>
        <source>Tanggal keputusan {day} belum terjadi.</source>
        <translation>The decree date {day} has not happened yet.</translation>
    </message>
    <message>
        <location filename="../../inventory/writeoffs.py" line="174"/>
        <source>Alasan penghapusan &apos;{kind}&apos; tidak dikenal. Pilihan: {choices}.</source>
        <translation>Unknown write-off reason &apos;{kind}&apos;. Choices: {choices}.</translation>
    </message>
    <message>
        <location filename="../../inventory/writeoffs.py" line="178"/>
        <source>Uraian alasan penghapusan wajib diisi.</source>
        <translation>A description of the write-off reason is required.</translation>
    </message>
    <message>
        <location filename="../../inventory/writeoffs.py" line="180"/>
        <source>Penghapusan tanpa baris barang.</source>
        <translation>The write-off has no item lines.</translation>
    </message>
    <message>
        <location filename="../../inventory/writeoffs.py" line="188"/>
        <source>Nomor penghapusan {number} sudah dipakai.</source>
        <translation>Write-off number {number} is already used.</translation>
    </message>
    <message>
        <location filename="../../inventory/writeoffs.py" line="289"/>
        <source>Alasan penolakan wajib diisi.</source>
        <translation>A reason for the rejection is required.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/backup.py" line="47"/>
        <source>berkas itu kosong</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../../tagana_app/backup.py" line="49"/>
        <source>berkas itu bukan basis data SQLite</source>
        <translation>the file is not a SQLite database</translation>
    </message>
    <message>
        <location filename="../../tagana_app/backup.py" line="60"/>
        <source>berkas ini bukan basis data Tagana Logistik</source>
        <translation>this file is not a Tagana Logistik database</translation>
    </message>
    <message>
        <location filename="../../tagana_app/backup.py" line="83"/>
        <source>berkas ini tidak mencatat satu revisi skema (tercatat: {count})</source>
        <translation>the file does not record one schema revision (recorded: {count})</translation>
    </message>
    <message>
        <location filename="../../tagana_app/backup.py" line="87"/>
        <source>skema basis data itu (revisi &apos;{revision}&apos;) tidak dikenal versi program ini; mungkin dibuat oleh versi yang lebih baru: perbarui program lebih dulu</source>
        <translation>this version of the program does not know that database&apos;s schema (revision &apos;{revision}&apos;); it may have been made by a newer version: update the program first</translation>
    </message>
    <message>
        <location filename="../../tagana_app/backup.py" line="93"/>
        <source>tabel program tidak lengkap (tidak ada: {tables})</source>
        <translation>the program&apos;s tables are incomplete (missing: {tables})</translation>
    </message>
    <message>
        <location filename="../../tagana_app/backup.py" line="100"/>
        <source>tidak ada admin yang aktif di dalamnya, sehingga tidak ada yang dapat mengelolanya</source>
        <translation>it has no active admin, so nobody could manage it</translation>
    </message>
    <message>
        <location filename="../../tagana_app/backup.py" line="116"/>
        <source>basis data &apos;{database}&apos; tidak ada</source>
        <translation>the database &apos;{database}&apos; does not exist</translation>
    </message>
    <message>
        <source>tujuan cadangan sama dengan basis data yang sedang dipakai</source>
        <translation type="vanished">the backup target is the database in use</translation>
    </message>
    <message>
        <location filename="../../tagana_app/backup.py" line="138"/>
        <source>berkas cadangan &apos;{source}&apos; tidak ada</source>
        <translation>the backup file &apos;{source}&apos; does not exist</translation>
    </message>
    <message>
        <location filename="../../tagana_app/backup.py" line="142"/>
        <source>berkas &apos;{source}&apos; tidak dapat dipulihkan: {problem}</source>
        <translation>the file &apos;{source}&apos; cannot be restored: {problem}</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cli_support.py" line="69"/>
        <source>Sebutkan pengguna dengan --user NAMA atau TAGANA_USER.</source>
        <translation>Name the user with --user NAME or TAGANA_USER.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cli_support.py" line="113"/>
        <source>Variabel lingkungan &apos;{var}&apos; tidak diisi.</source>
        <translation>The environment variable &apos;{var}&apos; is empty.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cli_support.py" line="122"/>
        <source>Kata sandi harus diketik (atau berikan --password-env VAR).</source>
        <translation>The password must be typed (or give --password-env VAR).</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cli_support.py" line="126"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/core_cli.py" line="32"/>
        <source>Basis data baru: sebutkan admin pertama dengan --admin NAMA.</source>
        <translation>A new database: name the first admin with --admin NAME.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/core_cli.py" line="132"/>
        <source>Cadangan dan pemulihan di sini hanya untuk SQLite; untuk PostgreSQL gunakan pg_dump dan pg_restore (lihat README).</source>
        <translation>Backup and restore here are for SQLite only; for PostgreSQL use pg_dump and pg_restore (see README).</translation>
    </message>
    <message>
        <location filename="../../tagana_app/core_cli.py" line="180"/>
        <source>Pengaturan &apos;{key}&apos; tidak dikenal. Lihat daftarnya dengan &apos;tagana setting list&apos;.</source>
        <translation>Unknown setting &apos;{key}&apos;. See the list with &apos;tagana setting list&apos;.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/core_cli.py" line="184"/>
        <source>Pengaturan &apos;{key}&apos; hanya berlaku untuk satu komputer; ubah di halaman Pengaturan, tab Komputer ini.</source>
        <translation>Setting &apos;{key}&apos; applies to one computer only; change it on the Settings page, This computer tab.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/core_cli.py" line="187"/>
        <source>Pengaturan &apos;{key}&apos; tidak diatur lewat baris perintah: {why}.</source>
        <translation>Setting &apos;{key}&apos; is not set from the command line: {why}.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/core_cli.py" line="278"/>
        <source>Menghapus sertifikat tanda tangan elektronik perlu penegasan: ulangi dengan --ya.</source>
        <translation>Removing the electronic signature certificate needs confirmation: repeat with --ya.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/number_patterns.py" line="33"/>
        <source>Pola nomor &apos;{pattern}&apos; tidak valid: kurung kurawal tidak berpasangan.</source>
        <translation>Number pattern &apos;{pattern}&apos; is not valid: unmatched curly braces.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/number_patterns.py" line="38"/>
        <source>Pola nomor &apos;{pattern}&apos; memakai isian yang tidak dikenal: {unknown}. Isian yang tersedia: {known}.</source>
        <translation>Number pattern &apos;{pattern}&apos; uses unknown fields: {unknown}. Available fields: {known}.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/number_patterns.py" line="42"/>
        <source>Pola nomor &apos;{pattern}&apos; harus memuat {{seq}} dan {{year}}, misalnya &apos;{{seq:03d}}/BAST/DINSOS/{{month_roman}}/{{year}}&apos;.</source>
        <translation>Number pattern &apos;{pattern}&apos; must contain {{seq}} and {{year}}, for example &apos;{{seq:03d}}/BAST/DINSOS/{{month_roman}}/{{year}}&apos;.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/number_patterns.py" line="47"/>
        <source>Pola nomor &apos;{pattern}&apos; tidak bisa dipakai (format isian salah).</source>
        <translation>Number pattern &apos;{pattern}&apos; cannot be used (a field&apos;s format is wrong).</translation>
    </message>
    <message>
        <location filename="../../tagana_app/numbering.py" line="35"/>
        <source>Nomor &apos;{number}&apos; sudah pernah dipakai dokumen lain. Periksa pola penomoran &apos;{doc_type}&apos; di Pengaturan: setiap jenis dokumen perlu pola yang berbeda.</source>
        <translation>Number &apos;{number}&apos; was already used by another document. Check the number pattern of &apos;{doc_type}&apos; in Settings: every kind of document needs its own pattern.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/numbering.py" line="43"/>
        <source>Nomor &apos;{number}&apos; sudah dibatalkan sebelumnya ({reason}).</source>
        <translation>Number &apos;{number}&apos; was already cancelled ({reason}).</translation>
    </message>
    <message>
        <location filename="../../tagana_app/numbering.py" line="47"/>
        <source>&apos;{number}&apos; adalah nomor {kind} kantor ini dan tidak boleh dipakai sebagai nomor {wanted}. Kosongkan untuk nomor otomatis, atau tulis nomor dokumen dari pihak luar.</source>
        <translation>&apos;{number}&apos; is this office&apos;s number of a {kind} and may not be used as the number of a {wanted}. Leave it empty for an automatic number, or enter the number of an outside document.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/numbering.py" line="84"/>
        <source>Jenis dokumen &apos;{doc_type}&apos; tidak dikenal. Pilihan: {choices}.</source>
        <translation>Unknown document kind &apos;{doc_type}&apos;. Choices: {choices}.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/numbering.py" line="178"/>
        <source>Alasan pembatalan nomor &apos;{number}&apos; wajib diisi.</source>
        <translation>A reason for cancelling number &apos;{number}&apos; is required.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/printing.py" line="221"/>
        <source>Dokumen jenis {kind} tidak dicetak dari sini.</source>
        <translation>Documents of the kind {kind} are not printed from here.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/regions.py" line="43"/>
        <source>{field} &apos;{code}&apos; tidak dikenal dalam daftar wilayah Kemendagri.</source>
        <translation>{field} &apos;{code}&apos; is not in the Kemendagri list of regions.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/regions.py" line="47"/>
        <source>{field} &apos;{code}&apos; ({name}) adalah {level}; yang diminta {wanted}.</source>
        <translation>{field} &apos;{code}&apos; ({name}) is a {level}; a {wanted} is needed.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="71"/>
        <source>Pengaturan &apos;{label}&apos;: nilai &apos;{value}&apos; tidak valid.</source>
        <translation>Setting &apos;{label}&apos;: the value &apos;{value}&apos; is not valid.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="76"/>
        <source>Pengaturan &apos;{label}&apos; harus salah satu dari: {choices}.</source>
        <translation>Setting &apos;{label}&apos; must be one of: {choices}.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="79"/>
        <source>Pengaturan &apos;{label}&apos; harus antara {lowest} dan {highest}; tertulis {value}.</source>
        <translation>Setting &apos;{label}&apos; must be between {lowest} and {highest}; it reads {value}.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="295"/>
        <source>Pengaturan &apos;{label}&apos;: pengguna &apos;{value}&apos; tidak ada atau tidak aktif.</source>
        <translation>Setting &apos;{label}&apos;: user &apos;{value}&apos; does not exist or is not active.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="298"/>
        <source>Pengaturan &apos;{label}&apos;: pengguna &apos;{value}&apos; belum memiliki nama lengkap (isi di Pengaturan, Pengguna).</source>
        <translation>Setting &apos;{label}&apos;: user &apos;{value}&apos; has no full name yet (fill it in under Settings, Users).</translation>
    </message>
    <message>
        <location filename="../../tagana_app/verification.py" line="47"/>
        <source>Kode &apos;{text}&apos; bukan kode verifikasi dokumen Tagana. Kode terdiri dari {length} huruf/angka, atau isi kode QR berbentuk &apos;TAGANA|nomor|kode&apos;.</source>
        <translation>&apos;{text}&apos; is not a Tagana document verification code. A code has {length} letters/digits, or is the content of a QR code shaped &apos;TAGANA|number|code&apos;.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/verification.py" line="55"/>
        <source>Dokumen nomor &apos;{number}&apos; sudah dibatalkan ({reason}) dan tidak boleh dicetak lagi.</source>
        <translation>Document number &apos;{number}&apos; was cancelled ({reason}) and must not be printed again.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/printing.py" line="253"/>
        <source>Dokumen jenis {kind} belum dapat diganti dengan nomor baru.</source>
        <translation>Documents of kind {kind} cannot be replaced with a new number yet.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/printing.py" line="354"/>
        <source>Dokumen {number} TIDAK DAPAT DIPERCAYA: catatan cetakan aslinya di basis data sudah diubah sesudah dicetak.</source>
        <translation>Document {number} CANNOT BE TRUSTED: the record of its original in the database was changed after printing.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/printing.py" line="313"/>
        <location filename="../../tagana_app/printing.py" line="357"/>
        <location filename="../../tagana_app/verification.py" line="107"/>
        <source>Dokumen {number} sudah DIBATALKAN.</source>
        <translation>Document {number} has been CANCELLED.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/printing.py" line="316"/>
        <source>Dokumen {number} dicetak di posko {site}: kodenya tercatat dalam berkas posko itu, tetapi isinya tidak dapat dibandingkan di sini.</source>
        <translation>Document {number} was printed at command post {site}: its code is recorded in that command post&apos;s file, but its content cannot be compared here.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/printing.py" line="321"/>
        <source>Dokumen {number} dari posko {site} TIDAK SESUAI dengan catatan di basis data ini.</source>
        <translation>Document {number} from command post {site} DOES NOT MATCH the record in this database.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/printing.py" line="323"/>
        <source>Dokumen {number} ASLI: dicetak di posko {site}, isinya sama dengan catatan di basis data ini.</source>
        <translation>Document {number} is GENUINE: printed at command post {site}, its content matches the record in this database.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/printing.py" line="359"/>
        <source>Dokumen {number} sudah DIGANTI dengan dokumen nomor {newer}; periksa dokumen yang baru.</source>
        <translation>Document {number} was REPLACED by document number {newer}; check the new document.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/printing.py" line="370"/>
        <location filename="../../tagana_app/verification.py" line="109"/>
        <source>Dokumen {number} ASLI: isinya sama dengan catatan di basis data.</source>
        <translation>Document {number} is GENUINE: its content matches the database record.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/printing.py" line="368"/>
        <location filename="../../tagana_app/verification.py" line="111"/>
        <source>Dokumen {number} TIDAK SESUAI dengan catatan di basis data.</source>
        <translation>Document {number} DOES NOT MATCH the database record.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/verification.py" line="202"/>
        <source>Nomor &apos;{number}&apos; adalah nomor {kind}, bukan {wanted}; dokumen lain tidak dicetak dengan nomor itu.</source>
        <translation>Number &apos;{number}&apos; is the number of a {kind}, not of a {wanted}; no other paper is printed with that number.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cleaning.py" line="60"/>
        <source>{field} berisi karakter kendali {char} (mis. NUL atau kode escape) yang tidak diizinkan; hapus karakter itu.</source>
        <translation>{field} contains the control character {char} (e.g. NUL or an escape code), which is not allowed; remove it.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/cleaning.py" line="65"/>
        <source>{field} terlalu panjang: {length} karakter; paling banyak {maximum}.</source>
        <translation>{field} is too long: {length} characters; at most {maximum}.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/quantities.py" line="57"/>
        <location filename="../../tagana_app/quantities.py" line="76"/>
        <source>{field}: &apos;{value}&apos; bukan bilangan bulat.</source>
        <translation>{field}: &apos;{value}&apos; is not a whole number.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/quantities.py" line="59"/>
        <location filename="../../tagana_app/quantities.py" line="86"/>
        <source>{field} tidak boleh negatif (diberikan: {value}).</source>
        <translation>{field} may not be negative (given: {value}).</translation>
    </message>
    <message>
        <location filename="../../tagana_app/quantities.py" line="62"/>
        <source>{field} harus lebih dari nol.</source>
        <translation>{field} must be more than zero.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/quantities.py" line="64"/>
        <source>{field} terlalu besar: {value}; paling banyak {maximum}.</source>
        <translation>{field} is too large: {value}; at most {maximum}.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/quantities.py" line="84"/>
        <source>{field} wajib diisi.</source>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/quantities.py" line="90"/>
        <source>{field}: &apos;{value}&apos; bukan bilangan bulat; tulis dengan angka 0-9 saja (pemisah ribuan titik, mis. 1.000).</source>
        <translation>{field}: &apos;{value}&apos; is not a whole number; write it with the digits 0-9 only (a dot between thousands, e.g. 1.000).</translation>
    </message>
    <message>
        <location filename="../../tagana_app/outputs.py" line="38"/>
        <source>Berkas &apos;{path}&apos; tidak boleh ditulis: {reason}.</source>
        <translation>The file &apos;{path}&apos; may not be written: {reason}.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/outputs.py" line="83"/>
        <source>itu basis data yang sedang dipakai</source>
        <translation>it is the database in use</translation>
    </message>
    <message>
        <location filename="../../tagana_app/outputs.py" line="85"/>
        <source>itu berkas pendamping basis data yang sedang dipakai ({database})</source>
        <translation>it is a companion file of the database in use ({database})</translation>
    </message>
    <message>
        <location filename="../../tagana_app/outputs.py" line="88"/>
        <source>itu berkas basis data SQLite; simpan dengan nama lain</source>
        <translation>it is a SQLite database file; save under another name</translation>
    </message>
    <message>
        <location filename="../../tagana_app/outputs.py" line="90"/>
        <source>itu berkas pendamping basis data {database}</source>
        <translation>it is a companion file of the database {database}</translation>
    </message>
    <message>
        <location filename="../../tagana_app/outputs.py" line="96"/>
        <source>letaknya di folder cadangan {folder}</source>
        <translation>it is in the backup folder {folder}</translation>
    </message>
    <message>
        <location filename="../../tagana_app/outputs.py" line="102"/>
        <source>letaknya di folder data program {folder}; simpan di folder lain</source>
        <translation>it is in the program&apos;s data folder {folder}; save it in another folder</translation>
    </message>
    <message>
        <location filename="../../tagana_app/outputs.py" line="105"/>
        <source>itu sebuah folder; sebutkan nama berkasnya</source>
        <translation>it is a folder; give a file name</translation>
    </message>
    <message>
        <location filename="../../tagana_app/outputs.py" line="108"/>
        <source>&apos;{folder}&apos; bukan folder</source>
        <translation>&apos;{folder}&apos; is not a folder</translation>
    </message>
    <message>
        <location filename="../../tagana_app/outputs.py" line="110"/>
        <source>folder &apos;{folder}&apos; tidak ada</source>
        <translation>the folder &apos;{folder}&apos; does not exist</translation>
    </message>
    <message>
        <location filename="../../tagana_app/signatories.py" line="61"/>
        <source>{document} tidak dapat dicetak: {role} belum ditentukan. Isi di Pengaturan kantor, bagian Penandatangan.</source>
        <translation>{document} cannot be printed: no {role} has been named. Fill it in under Office settings, Signatories.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/signatories.py" line="66"/>
        <source>{document} tidak dapat dicetak: {name} tercatat sebagai {first} dan juga {second}; satu orang tidak menandatangani satu dokumen dua kali.</source>
        <translation>{document} cannot be printed: {name} is named as {first} and also as {second}; one person does not sign one document twice.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/signatories.py" line="78"/>
        <source>{document} tidak dapat dicetak: pengguna &apos;{user}&apos;, yang ditunjuk sebagai {role}, tidak aktif atau belum memiliki nama lengkap. Perbaiki di Pengaturan, Pengguna, atau tunjuk orang lain di Pengaturan kantor, bagian Penandatangan.</source>
        <translation>{document} cannot be printed: user &apos;{user}&apos;, chosen as {role}, is not active or has no full name. Correct it under Settings, Users, or choose someone else in the office settings, Signatories section.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/esign.py" line="52"/>
        <source>Berkas sertifikat &apos;{path}&apos; tidak dapat dibaca (tidak ada, atau bukan berkas).</source>
        <translation>The certificate file &apos;{path}&apos; cannot be read (missing, or not a file).</translation>
    </message>
    <message>
        <location filename="../../tagana_app/esign.py" line="56"/>
        <source>Berkas &apos;{name}&apos; bukan sertifikat PKCS#12 (.p12/.pfx) yang dapat dibaca.</source>
        <translation>The file &apos;{name}&apos; is not a readable PKCS#12 certificate (.p12/.pfx).</translation>
    </message>
    <message>
        <location filename="../../tagana_app/esign.py" line="60"/>
        <source>Kata sandi sertifikat &apos;{name}&apos; salah.</source>
        <translation>The password of certificate &apos;{name}&apos; is wrong.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/esign.py" line="64"/>
        <source>Berkas &apos;{name}&apos; tidak berisi kunci privat beserta sertifikatnya; tanda tangan elektronik memerlukan keduanya.</source>
        <translation>The file &apos;{name}&apos; does not hold a private key with its certificate; an electronic signature needs both.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/esign.py" line="69"/>
        <source>Sertifikat &apos;{subject}&apos; berlaku {valid_from} sampai {valid_to}, tidak pada saat ini.</source>
        <translation>Certificate &apos;{subject}&apos; is valid from {valid_from} to {valid_to}, not now.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/esign.py" line="74"/>
        <source>Dokumen asli tidak dicetak: sertifikat tanda tangan elektronik kantor (&apos;{subject}&apos;) berlaku {valid_from} sampai {valid_to}. Pasang sertifikat yang berlaku (&apos;tagana sign setup&apos;) atau hapus yang lama (&apos;tagana sign remove&apos;).</source>
        <translation>The original was not printed: the office&apos;s electronic signature certificate (&apos;{subject}&apos;) is valid from {valid_from} to {valid_to}. Install a valid certificate (&apos;tagana sign setup&apos;) or remove the old one (&apos;tagana sign remove&apos;).</translation>
    </message>
    <message>
        <location filename="../../tagana_app/esign.py" line="80"/>
        <source>Sertifikat tanda tangan elektronik yang tersimpan tidak dapat dibaca; pasang lagi dengan &apos;tagana sign setup&apos; atau hapus dengan &apos;tagana sign remove&apos;.</source>
        <translation>The stored electronic signature certificate cannot be read; install it again with &apos;tagana sign setup&apos; or remove it with &apos;tagana sign remove&apos;.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/snapshots.py" line="35"/>
        <source>Dokumen {number} tidak dicetak ulang: catatannya sudah berubah sejak dicetak, sehingga salinannya tidak lagi sesuai dengan basis data.
{changes}
Buat dokumen baru dengan nomor baru yang menggantikan nomor {number} (tagana print doc {number} --baru, atau &quot;Buat dokumen baru&quot; di halaman Dokumen).</source>
        <translation>Document {number} is not printed again: its record has changed since it was printed, so a copy would no longer match the database.
{changes}
Make a new document with a new number that replaces number {number} (tagana print doc {number} --baru, or &quot;Make a new document&quot; on the Documents page).</translation>
    </message>
    <message>
        <location filename="../../tagana_app/snapshots.py" line="42"/>
        <source>Dokumen {number} tidak perlu diganti: catatannya sama dengan yang tercetak. Cetak salinannya saja.</source>
        <translation>Document {number} needs no replacement: its record is the same as printed. Print a copy instead.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/snapshots.py" line="47"/>
        <source>Dokumen {number} sudah diganti dengan dokumen nomor {replaced_by} dan tidak dicetak lagi; cetak nomor {replaced_by}.</source>
        <translation>Document {number} was replaced by document number {replaced_by} and is not printed any more; print number {replaced_by}.</translation>
    </message>
    <message>
        <location filename="../../inventory/papers.py" line="98"/>
        <source>Nomor {number} adalah {kind}, bukan penerimaan, pengeluaran atau mutasi barang. Cetak dengan &apos;tagana print again&apos;.</source>
        <translation>Number {number} is a {kind}, not a receipt, issue or transfer of goods. Print it with &apos;tagana print again&apos;.</translation>
    </message>
    <message>
        <location filename="../../inventory/count_papers.py" line="94"/>
        <source>Berita Acara Stock Opname dibuat setelah opname diposting ({number} berstatus {status}).</source>
        <translation>The stock count record is made after the count is posted ({number} is {status}).</translation>
    </message>
    <message>
        <location filename="../../inventory/count_papers.py" line="97"/>
        <source>Berita Acara Stock Opname {number} belum dapat dicetak: tim opname belum dicatat (nama, NIP dan peran setiap anggota).</source>
        <translation>The stock count record {number} cannot be printed yet: the count team is not recorded (name, NIP and role of each member).</translation>
    </message>
    <message>
        <location filename="../../tagana_app/nip.py" line="19"/>
        <source>NIP &apos;{nip}&apos; tidak valid: {reason}.</source>
        <translation>NIP &apos;{nip}&apos; is not valid: {reason}.</translation>
    </message>
    <message>
        <location filename="../../tagana_app/nip.py" line="36"/>
        <source>hanya boleh berisi angka</source>
        <translation>it may contain digits only</translation>
    </message>
    <message>
        <location filename="../../tagana_app/nip.py" line="38"/>
        <source>harus 18 digit</source>
        <translation>it must have 18 digits</translation>
    </message>
    <message>
        <location filename="../../tagana_app/nip.py" line="41"/>
        <source>8 digit pertama bukan tanggal lahir (tahun, bulan, tanggal)</source>
        <translation>the first 8 digits are not a birth date (year, month, day)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/nip.py" line="44"/>
        <source>digit 9 sampai 14 bukan tahun dan bulan pengangkatan (TMT)</source>
        <translation>digits 9 to 14 are not the year and month of appointment (TMT)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/nip.py" line="46"/>
        <source>digit ke-15 (jenis kelamin) harus 1 atau 2</source>
        <translation>digit 15 (sex) must be 1 or 2</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/loan_papers.py" line="52"/>
        <source>Pengiriman {number} tidak meminjamkan peralatan; tidak ada Berita Acara Pinjam Pakai.</source>
        <translation>Dispatch {number} lends no equipment; there is no loan record.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/loan_papers.py" line="56"/>
        <source>Belum ada peralatan pinjam pakai yang kembali dari pengiriman {number}; Berita Acara Pengembalian belum dapat dibuat.</source>
        <translation>No lent equipment has come back from dispatch {number} yet; the return record cannot be made.</translation>
    </message>
    <message>
        <location filename="../../inventory/doc_dates.py" line="44"/>
        <source>Tanggal dokumen {date} belum terjadi (hari ini {today}); isi tanggal dokumen yang sudah lewat.</source>
        <translation>The document date {date} has not come yet (today is {today}); enter a date that has passed.</translation>
    </message>
    <message>
        <location filename="../../inventory/doc_dates.py" line="49"/>
        <source>Tanggal dokumen {date} sebelum stock opname {warehouse} yang sudah diposting (cut-off {cutoff}); catat dengan tanggal sesudahnya.</source>
        <translation>The document date {date} is before the posted stock count of {warehouse} (cut-off {cutoff}); record it with a later date.</translation>
    </message>
    <message>
        <location filename="../../inventory/doc_dates.py" line="53"/>
        <source>Tanggal dokumen {date} lebih awal dari hari ini: isi alasan tanggal mundur.</source>
        <translation>The document date {date} is before today: give the reason for the earlier date.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="180"/>
        <source>Kategori kebutuhan &apos;{value}&apos; tidak dikenal. Pilihan: {choices} (kosong: tidak dihitung untuk kebutuhan tertentu).</source>
        <translation>Need category &apos;{value}&apos; is unknown. Choices: {choices} (empty: not counted for a particular need).</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="197"/>
        <source>Isi per satuan &apos;{value}&apos; tidak valid: tulis angka lebih dari 0 dengan paling banyak 3 desimal, mis. 5 atau 0,6 (kosong: satuan itu sendiri).</source>
        <translation>Content per unit &apos;{value}&apos; is not valid: write a number above 0 with at most 3 decimals, e.g. 5 or 0.6 (empty: the unit itself).</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="206"/>
        <source>Barcode &apos;{barcode}&apos; tidak valid: tanpa spasi, paling panjang {max} karakter.</source>
        <translation>Barcode &apos;{barcode}&apos; is not valid: no spaces, at most {max} characters.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="211"/>
        <source>Barcode {barcode} sudah dipakai barang {other} ({name}); satu barcode hanya untuk satu barang.</source>
        <translation>Barcode {barcode} is already used by item {other} ({name}); a barcode belongs to one item only.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="216"/>
        <source>Barcode {barcode} sama dengan kode barang {other} ({name}); pemindai akan memilih barang itu.</source>
        <translation>Barcode {barcode} is the code of item {other} ({name}); a scanner would choose that item.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="224"/>
        <source>{what} barang {code} tidak dapat diubah karena barang ini sudah mempunyai mutasi stok.</source>
        <translation>{what} of item {code} cannot be changed because the item already has stock movements.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="253"/>
        <source>Nama barang paling panjang {max} karakter.</source>
        <translation>The item name is at most {max} characters.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="258"/>
        <source>Kategori paling panjang {max} karakter.</source>
        <translation>The category is at most {max} characters.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="333"/>
        <source>Barang {code} sudah nonaktif.</source>
        <translation>Item {code} is already inactive.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="346"/>
        <source>Barang {code} sudah aktif.</source>
        <translation>Item {code} is already active.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="360"/>
        <source>Nama kemasan wajib diisi (paling panjang {max} karakter).</source>
        <translation>The pack name is required (at most {max} characters).</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="363"/>
        <source>Kemasan &apos;{pack}&apos; sama dengan satuan barang {item}; kemasan berisi lebih dari satu {unit}.</source>
        <translation>Pack &apos;{pack}&apos; is the unit of item {item}; a pack holds more than one {unit}.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="368"/>
        <source>Kemasan &apos;{pack}&apos; harus berisi lebih dari 1 {unit}.</source>
        <translation>Pack &apos;{pack}&apos; must hold more than 1 {unit}.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="429"/>
        <source>Satuan &apos;{unit}&apos; tidak valid: huruf dan angka, paling panjang {max} karakter.</source>
        <translation>Unit &apos;{unit}&apos; is not valid: letters and digits, at most {max} characters.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="452"/>
        <source>Satuan {unit} sudah nonaktif.</source>
        <translation>Unit {unit} is already inactive.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="478"/>
        <source>Nama gudang wajib diisi (paling panjang {max} karakter).</source>
        <translation>The warehouse name is required (at most {max} characters).</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/release.py" line="33"/>
        <source>Gudang {warehouse} hanya mengeluarkan barang untuk kejadian yang berstatus darurat dengan SK: kejadian {incident} ({name}) {missing} pada {day}. Catat SK status darurat kejadian ini (Kejadian, Status darurat...), atau minta pejabat yang tidak menyiapkan pengiriman {number} memberi izin tanpa status darurat dengan alasannya.</source>
        <translation>Warehouse {warehouse} releases goods only for an incident under an emergency decree: incident {incident} ({name}) {missing} on {day}. Record the incident&apos;s emergency decree (Incidents, Emergency status...), or ask an official who did not prepare dispatch {number} to allow it without an emergency status, with the reason.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/release.py" line="40"/>
        <source>Gudang {warehouse} tidak memerlukan status darurat untuk mengeluarkan barang; pengiriman {number} tidak memerlukan izin.</source>
        <translation>Warehouse {warehouse} needs no emergency status to release goods; dispatch {number} needs no permission.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/release.py" line="68"/>
        <source>Alasan izin pengeluaran tanpa status darurat wajib diisi.</source>
        <translation>The reason to release without an emergency status is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/release.py" line="71"/>
        <location filename="../../inventory/catalog_edit.py" line="499"/>
        <source>Isian terlalu panjang: paling banyak {max} karakter.</source>
        <translation>Entry too long: at most {max} characters.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="516"/>
        <source>Gudang {code} sudah nonaktif.</source>
        <translation>Warehouse {code} is already inactive.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="523"/>
        <source>Gudang {code} masih menyimpan {items} jenis barang (jumlah {quantity}) dan {units} unit peralatan; pindahkan, keluarkan atau hapuskan dulu sebelum dinonaktifkan.</source>
        <translation>Warehouse {code} still holds {items} kinds of goods (quantity {quantity}) and {units} equipment units; transfer, issue or write them off before deactivating it.</translation>
    </message>
    <message>
        <location filename="../../inventory/catalog_edit.py" line="538"/>
        <source>Gudang {code} sudah aktif.</source>
        <translation>Warehouse {code} is already active.</translation>
    </message>
    <message>
        <location filename="../../inventory/loans.py" line="111"/>
        <source>Pilih paling sedikit satu unit (nomor seri).</source>
        <translation>Choose at least one unit (serial number).</translation>
    </message>
    <message>
        <location filename="../../inventory/loans.py" line="113"/>
        <source>Nomor seri ganda dalam satu pinjam pakai.</source>
        <translation>Duplicate serial number in one loan.</translation>
    </message>
    <message>
        <location filename="../../inventory/loans.py" line="165"/>
        <source>Peminjam wajib diisi.</source>
        <translation>The borrower is required.</translation>
    </message>
    <message>
        <location filename="../../inventory/loans.py" line="175"/>
        <source>Pinjam pakai hanya untuk peralatan bernomor seri; {item} tidak bernomor seri.</source>
        <translation>Loans are only for serial-numbered equipment; {item} has no serial numbers.</translation>
    </message>
    <message>
        <location filename="../../inventory/loans.py" line="179"/>
        <source>Tanggal wajib kembali harus diisi.</source>
        <translation>The due date is required.</translation>
    </message>
    <message>
        <location filename="../../inventory/loans.py" line="181"/>
        <source>Tanggal wajib kembali {due} sebelum tanggal pinjam {lent}.</source>
        <translation>The due date {due} is before the loan date {lent}.</translation>
    </message>
    <message>
        <location filename="../../inventory/loans.py" line="188"/>
        <source>Unit {item} nomor seri {serial} sudah dicadangkan untuk sebuah pengiriman.</source>
        <translation>Unit {item} serial number {serial} is already held for a dispatch.</translation>
    </message>
    <message>
        <location filename="../../inventory/loans.py" line="229"/>
        <source>Tanggal kembali {date} sebelum tanggal pinjam {lent}.</source>
        <translation>The return date {date} is before the loan date {lent}.</translation>
    </message>
    <message>
        <location filename="../../inventory/loans.py" line="239"/>
        <source>Unit nomor seri {serial} tidak sedang dipinjam dalam pinjam pakai {number}.</source>
        <translation>Unit with serial number {serial} is not out on loan {number}.</translation>
    </message>
    <message>
        <location filename="../../inventory/labels.py" line="135"/>
        <source>Tata letak label &apos;{layout}&apos; tidak dikenal. Pilihan: {choices}.</source>
        <translation>Label layout &apos;{layout}&apos; is unknown. Choices: {choices}.</translation>
    </message>
    <message>
        <location filename="../../inventory/labels.py" line="181"/>
        <source>Jenis label &apos;{kind}&apos; tidak dikenal. Pilihan: {choices}.</source>
        <translation>Label kind &apos;{kind}&apos; is unknown. Choices: {choices}.</translation>
    </message>
    <message>
        <location filename="../../inventory/labels.py" line="185"/>
        <source>Posisi awal {start} tidak ada pada lembar {layout}: pilih 1 sampai {last}.</source>
        <translation>Start position {start} is not on sheet {layout}: choose 1 to {last}.</translation>
    </message>
    <message>
        <location filename="../../inventory/labels.py" line="189"/>
        <source>Tidak ada label untuk dicetak: tidak ada {what} yang cocok dengan pilihan gudang dan barang.</source>
        <translation>No labels to print: no {what} match the chosen warehouse and item.</translation>
    </message>
    <message>
        <location filename="../../inventory/corrections.py" line="57"/>
        <source>catat dokumen baru</source>
        <translation>book a new document</translation>
    </message>
    <message>
        <location filename="../../inventory/corrections.py" line="60"/>
        <source>Nomor {number} dipakai lebih dari satu jenis dokumen; koreksi per mutasi dengan &apos;tagana stock reverse&apos;.</source>
        <translation>Number {number} is used by more than one kind of document; correct it movement by movement with &apos;tagana stock reverse&apos;.</translation>
    </message>
    <message>
        <location filename="../../inventory/corrections.py" line="71"/>
        <source>Alasan koreksi wajib diisi.</source>
        <translation>A reason for the correction is required.</translation>
    </message>
    <message>
        <location filename="../../inventory/line_files.py" line="106"/>
        <source>barang atau barcode &apos;{code}&apos; tidak dikenal</source>
        <translation>item or barcode &apos;{code}&apos; is not known</translation>
    </message>
    <message>
        <location filename="../../inventory/line_files.py" line="134"/>
        <source>tidak dipakai pada pengeluaran; kosongkan</source>
        <translation>not used on an issue; leave it empty</translation>
    </message>
    <message>
        <location filename="../../inventory/line_files.py" line="163"/>
        <source>&apos;{value}&apos; bukan harga dalam rupiah</source>
        <translation>&apos;{value}&apos; is not a price in rupiah</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="60"/>
        <source>Permintaan {number} berstatus {status}; {action} hanya untuk permintaan berstatus {allowed}.</source>
        <translation>Request {number} is {status}; {action} is only for requests that are {allowed}.</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="209"/>
        <source>Identitas pemohon &apos;{value}&apos; bukan NIK (16 angka) atau NIP (18 angka).</source>
        <translation>Requester ID &apos;{value}&apos; is not a NIK (16 digits) or NIP (18 digits).</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="237"/>
        <source>Jenis pemohon &apos;{kind}&apos; tidak dikenal. Pilihan: {choices}.</source>
        <translation>Unknown requester kind &apos;{kind}&apos;. Choices: {choices}.</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="242"/>
        <source>Nama pemohon wajib diisi.</source>
        <translation>The requester&apos;s name is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="245"/>
        <source>Nomor surat permintaan wajib diisi.</source>
        <translation>The request letter number is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="249"/>
        <source>Tanggal diterima {date} belum terjadi (hari ini {today}).</source>
        <translation>Date received {date} is in the future (today is {today}).</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="252"/>
        <source>Tanggal surat {letter} sesudah tanggal diterima {received}.</source>
        <translation>Letter date {letter} is after the date received {received}.</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="257"/>
        <source>Permintaan harus berisi barang atau relawan yang diminta.</source>
        <translation>A request must ask for goods or volunteers.</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="275"/>
        <source>Baris {line}: &apos;{what}&apos; sudah diminta pada baris lain.</source>
        <translation>Line {line}: &apos;{what}&apos; is already asked for on another line.</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="293"/>
        <source>Keputusan untuk &apos;{line}&apos; belum diisi.</source>
        <translation>No decision yet for &apos;{line}&apos;.</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="296"/>
        <source>Jumlah disetujui untuk &apos;{line}&apos; harus antara 0 dan {asked}.</source>
        <translation>The approved quantity for &apos;{line}&apos; must be between 0 and {asked}.</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="300"/>
        <source>Alasan wajib diisi untuk &apos;{line}&apos;: disetujui {approved} dari {asked}.</source>
        <translation>A reason is required for &apos;{line}&apos;: {approved} of {asked} approved.</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="309"/>
        <source>Catatan ini milik situs lain.</source>
        <translation>This record belongs to another site.</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="318"/>
        <source>Permintaan {number} diputuskan di kantor; disposisinya datang ke posko lewat berkas pertukaran.</source>
        <translation>Request {number} is decided at the office; its disposition reaches the command post in an exchange file.</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="330"/>
        <source>Permintaan {number} dibuat posko {code}: pembatalannya dicatat di posko itu dan datang lewat berkas pertukaran.</source>
        <translation>Request {number} was made by command post {code}: it is cancelled at that command post and the cancellation arrives in an exchange file.</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="355"/>
        <source>Alasan penolakan permintaan wajib diisi.</source>
        <translation>A reason for refusing the request is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="362"/>
        <source>&apos;{what}&apos; tidak ada dalam permintaan {number}.</source>
        <translation>&apos;{what}&apos; is not in request {number}.</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="394"/>
        <source>Alasan pembatalan permintaan wajib diisi.</source>
        <translation>A reason for cancelling the request is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="526"/>
        <source>Permintaan {number} bukan untuk kejadian ini.</source>
        <translation>Request {number} is not for this incident.</translation>
    </message>
    <message>
        <location filename="../../deployment/requests.py" line="546"/>
        <source>Permintaan {number} tidak meminta relawan {role} yang disetujui.</source>
        <translation>Request {number} has no approved {role} volunteers.</translation>
    </message>
    <message>
        <location filename="../../deployment/cli.py" line="161"/>
        <source>Tidak ada yang diubah: sebutkan mis. --phone 081234567890 atau --skill evakuasi:2027-06-30.</source>
        <translation>Nothing to change: give e.g. --phone 081234567890 or --skill evakuasi:2027-06-30.</translation>
    </message>
    <message>
        <location filename="../../deployment/closing.py" line="42"/>
        <source>{what} {number} belum dapat ditutup; masih terbuka: {items}. Selesaikan dulu, atau pejabat menutupnya dengan alasan pengecualian.</source>
        <translation>{what} {number} cannot be closed yet; still open: {items}. Finish these first, or an official closes it with a reason for the override.</translation>
    </message>
    <message>
        <location filename="../../deployment/closing.py" line="129"/>
        <source>Alasan pengecualian paling panjang {n} karakter.</source>
        <translation>The reason for the override may be at most {n} characters.</translation>
    </message>
    <message>
        <location filename="../../deployment/needs_dispatch.py" line="91"/>
        <source>Tidak ada barang yang dapat dikirim dari gudang ini untuk kebutuhan kejadian tersebut.</source>
        <translation>No goods can be sent from this warehouse for the needs of that incident.</translation>
    </message>
    <message>
        <location filename="../../deployment/dispatch/posko_receipt.py" line="123"/>
        <source>Posko {code} belum memiliki gudang: barang pengiriman {number} tidak dapat dicatat masuk.</source>
        <translation>Command post {code} has no warehouse yet: the goods of dispatch {number} cannot be booked in.</translation>
    </message>
    <message>
        <location filename="../../deployment/distribution/papers.py" line="69"/>
        <source>Belum ada distribusi kejadian {incident}{where} untuk dicetak.</source>
        <translation>There are no distributions for incident {incident}{where} to print yet.</translation>
    </message>
    <message>
        <location filename="../../deployment/distribution/service.py" line="55"/>
        <source>{recipient} di {desa} sudah menerima {package} pada {date} ({number}), {days} hari terakhir. Catat lagi hanya bila memang disengaja (konfirmasi distribusi ulang).</source>
        <translation>{recipient} in {desa} already received {package} on {date} ({number}), within the last {days} days. Record it again only if this is intended (confirm the repeat distribution).</translation>
    </message>
    <message>
        <location filename="../../deployment/distribution/service.py" line="60"/>
        <source>Distribusi {number} sudah dibatalkan ({reason}).</source>
        <translation>Distribution {number} has already been cancelled ({reason}).</translation>
    </message>
    <message>
        <location filename="../../deployment/distribution/service.py" line="64"/>
        <source>Distribusi {number} dicatat di {site}; hanya {site} yang dapat membatalkannya.</source>
        <translation>Distribution {number} was recorded at {site}; only {site} can cancel it.</translation>
    </message>
    <message>
        <location filename="../../deployment/distribution/service.py" line="198"/>
        <source>Paket {kit} dihitung per jiwa: isi jumlah jiwa penerima.</source>
        <translation>Kit {kit} is counted per person: enter the recipient&apos;s number of people.</translation>
    </message>
    <message>
        <location filename="../../deployment/distribution/service.py" line="209"/>
        <source>Baris {line}: barang {item} sudah ada pada baris lain.</source>
        <translation>Line {line}: item {item} is already on another line.</translation>
    </message>
    <message>
        <location filename="../../deployment/distribution/service.py" line="215"/>
        <source>Distribusi tanpa barang: isi paket atau baris barang (KODE=JUMLAH).</source>
        <translation>Distribution without items: enter a kit or item lines (CODE=QUANTITY).</translation>
    </message>
    <message>
        <location filename="../../deployment/distribution/service.py" line="262"/>
        <source>Jenis penerima &apos;{kind}&apos; tidak dikenal. Pilihan: {choices}.</source>
        <translation>Unknown recipient type &apos;{kind}&apos;. Choices: {choices}.</translation>
    </message>
    <message>
        <location filename="../../deployment/distribution/service.py" line="278"/>
        <source>Gudang asal distribusi wajib diisi.</source>
        <translation>The source warehouse of the distribution is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/distribution/service.py" line="336"/>
        <source>Alasan pembatalan distribusi wajib diisi.</source>
        <translation>A reason for cancelling the distribution is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/cli.py" line="24"/>
        <source>Berkas &apos;{path}&apos; tidak dapat dibaca: {reason}.</source>
        <translation>The file &apos;{path}&apos; cannot be read: {reason}.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/engine.py" line="128"/>
        <source>Situs {code} belum dipasangkan: ambil dulu berkas balasannya (posko) atau berkas perkenalannya.</source>
        <translation>Site {code} is not paired yet: first take in its reply file (command post) or its introduction file.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/engine.py" line="133"/>
        <source>Situs {code} sudah dicabut pada {date} ({reason}): tidak ada berkas lagi untuk atau dari situs itu.</source>
        <translation>Site {code} was revoked on {date} ({reason}): there are no more files to or from that site.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/engine.py" line="162"/>
        <source>Berkas ini dibuat {sender} untuk situs {target}, bukan untuk situs ini ({me}). Tidak ada yang diubah.</source>
        <translation>This file was made by {sender} for site {target}, not for this site ({me}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/engine.py" line="169"/>
        <source>Tanda tangan berkas dari {code} tidak cocok dengan kunci situs {code} yang terdaftar (sidik {fingerprint}): berkas ini diubah setelah dibuat, atau ditandatangani kunci lain. Tidak ada yang diubah.</source>
        <translation>The signature of the file from {code} does not match the registered key of site {code} (fingerprint {fingerprint}): the file was altered after it was made, or signed with another key. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/engine.py" line="178"/>
        <source>Berkas ini dari situs {code} yang tidak dikenal di sini: situs itu belum pernah dipasangkan dengan situs ini. Tidak ada yang diubah.</source>
        <translation>This file is from site {code}, which is not known here: that site has never been paired with this site. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/engine.py" line="182"/>
        <source>Berkas dari situs {code} ditolak: situs itu dicabut pada {date} ({reason}). Tidak ada yang diubah.</source>
        <translation>File from site {code} refused: that site was revoked on {date} ({reason}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/engine.py" line="193"/>
        <source>Berkas balasan dari {code} tidak membawa kunci publik. Tidak ada yang diubah.</source>
        <translation>The reply file from {code} carries no public key. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/engine.py" line="200"/>
        <source>Tanda tangan berkas balasan dari {code} tidak cocok dengan kunci yang dibawanya: berkas itu diubah. Tidak ada yang diubah.</source>
        <translation>The signature of the reply file from {code} does not match the key it carries: the file was altered. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/engine.py" line="203"/>
        <source>Sidik kunci berkas balasan {code} adalah {found}, bukan {expected} yang dibacakan posko. Jangan pakai berkas ini; tidak ada yang diubah.</source>
        <translation>The key fingerprint of the reply file of {code} is {found}, not {expected} as read out by the command post. Do not use this file; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/engine.py" line="208"/>
        <source>Posko {code} sudah dipasangkan dengan kunci lain (sidik {fingerprint}). Berkas balasan ini ditolak; tidak ada yang diubah.</source>
        <translation>Command post {code} is already paired with another key (fingerprint {fingerprint}). This reply file is refused; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/engine.py" line="213"/>
        <source>Berkas balasan hanya dari posko; {code} bukan posko.</source>
        <translation>Reply files come only from command posts; {code} is not a command post.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/engine.py" line="243"/>
        <source>Catatan {label} {key} dari situs {code} tidak diterapkan: situs itu tidak mengirim catatan jenis ini ke situs ini.</source>
        <translation>Record {label} {key} from site {code} was not applied: that site does not send records of this kind to this site.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/engine.py" line="277"/>
        <source>Berkas dari {code} tidak berisi catatan yang dapat dibaca.</source>
        <translation>The file from {code} contains no readable records.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/engine.py" line="380"/>
        <source>Ini berkas penyiapan posko {code}: berkas itu dibuka di laptop posko dengan &apos;Siapkan posko&apos; (tagana posko join), bukan diambil di sini.</source>
        <translation>This is the setup file of command post {code}: it is opened on the command post laptop with &apos;Set up command post&apos; (tagana posko join), not taken in here.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/engine.py" line="384"/>
        <source>Berkas {kind} dari {code} memasangkan situs itu dengan situs ini: sebutkan sidik kunci yang dibacakan petugasnya lewat telepon (--expect-fingerprint, atau &apos;Ambil balasan posko...&apos; di halaman Posko). Tidak ada yang diubah.</source>
        <translation>The {kind} file from {code} pairs that site with this one: give the key fingerprint its officer read out over the phone (--expect-fingerprint, or &apos;Ambil balasan posko...&apos; on the Posko page). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/engine.py" line="401"/>
        <source>Sidik kunci situs {code} adalah {found}, bukan {expected}. Tidak ada yang diubah.</source>
        <translation>The key fingerprint of site {code} is {found}, not {expected}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/envelope.py" line="30"/>
        <source>Berkas pertukaran ditolak.</source>
        <translation>Exchange file refused.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/envelope.py" line="60"/>
        <source>Berkas ini rusak atau bukan berkas pertukaran Tagana Logistik: isinya tidak dapat dibaca. Minta berkas itu dikirim ulang.</source>
        <translation>This file is damaged or is not a Tagana Logistik exchange file: its contents cannot be read. Ask for the file to be sent again.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds.py" line="48"/>
        <source>Catatan ini belum dapat diterapkan.</source>
        <translation>This record cannot be applied yet.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds.py" line="54"/>
        <source>Catatan ini tidak dapat diterapkan.</source>
        <translation>This record cannot be applied.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_down.py" line="126"/>
        <source>{document} menyebut barang {items} yang belum ada di katalog posko.</source>
        <translation>{document} mentions items {items} that are not in the command post catalogue yet.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_down.py" line="171"/>
        <source>Gudang {code} dari kantor memakai kode gudang posko ini sendiri.</source>
        <translation>Warehouse {code} from the office uses this command post&apos;s own warehouse code.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_down.py" line="217"/>
        <source>{document}: kejadian {incident} belum diterima posko.</source>
        <translation>{document}: incident {incident} has not been received by the command post yet.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_down.py" line="310"/>
        <source>Penugasan {key}: relawan {volunteer} belum diterima posko.</source>
        <translation>Assignment {key}: volunteer {volunteer} has not been received by the command post yet.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_down.py" line="384"/>
        <source>Pengiriman {number} dibatalkan di kantor ({reason}), tetapi sudah diserahterimakan di posko pada {date}: serah terima di posko tetap tercatat; kantor dan posko perlu menyelesaikan selisih ini bersama.</source>
        <translation>Dispatch {number} was cancelled at the office ({reason}), but it was already handed over at the command post on {date}: the handover at the command post stays recorded; the office and the command post need to settle this difference together.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_down.py" line="391"/>
        <source>{document}: gudang asal {code} belum diterima posko.</source>
        <translation>{document}: source warehouse {code} has not been received by the command post yet.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_down.py" line="453"/>
        <source>Keputusan atas permintaan {number}: permintaan itu tidak ada di posko.</source>
        <translation>Decision on request {number}: that request does not exist at the command post.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_up.py" line="84"/>
        <source>{what} {number} menunggu: barang {items} belum tercatat di sini.</source>
        <translation>{what} {number} is waiting: items {items} are not recorded here yet.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_up.py" line="92"/>
        <source>{what} {number} menunggu: kejadian {incident} belum tercatat di sini.</source>
        <translation>{what} {number} is waiting: incident {incident} is not recorded here yet.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_up.py" line="167"/>
        <source>Pembatalan permintaan {number} dari posko {posko} tidak dapat diterapkan: permintaan itu sudah berstatus {status} di kantor.</source>
        <translation>The cancellation of request {number} from command post {posko} cannot be applied: that request already has status {status} at the office.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_up.py" line="195"/>
        <source>Serah terima pengiriman {number} dari posko {posko} tidak dapat diterapkan: pengiriman itu tidak tercatat di kantor.</source>
        <translation>The handover of dispatch {number} from command post {posko} cannot be applied: that dispatch is not recorded at the office.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_up.py" line="199"/>
        <source>Serah terima pengiriman {number} dari posko {posko} ({date}) tidak dapat diterapkan: pengiriman itu dibatalkan di kantor ({reason}). Barang yang diterima posko perlu dicatat dengan pengiriman baru atau dikembalikan.</source>
        <translation>The handover of dispatch {number} from command post {posko} ({date}) cannot be applied: that dispatch was cancelled at the office ({reason}). The goods received by the command post need to be recorded with a new dispatch or returned.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_up.py" line="204"/>
        <source>Serah terima pengiriman {number} dari posko {posko} menunggu: pengiriman itu belum dicatat dikirim di kantor.</source>
        <translation>The handover of dispatch {number} from command post {posko} is waiting: that dispatch is not yet recorded as sent at the office.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_up.py" line="211"/>
        <source>Serah terima pengiriman {number} dari posko {posko} menunggu: BAST-nya dicetak di posko dengan nomor {bast}, sedangkan kantor sudah menerbitkan nomor BAST {ours} untuk pengiriman yang sama. Batalkan nomor {ours} di kantor (halaman Dokumen); serah terima ini diterapkan pada impor berikutnya.</source>
        <translation>The handover of dispatch {number} from command post {posko} is waiting: its BAST was printed at the command post under number {bast}, while the office already issued BAST number {ours} for the same dispatch. Cancel number {ours} at the office (Documents page); this handover is applied at the next import.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_up.py" line="221"/>
        <source>Serah terima pengiriman {number} dari posko {posko} ({date}) tidak dapat diterapkan: kantor sudah mencatat serah terimanya dengan jumlah diterima yang lain.</source>
        <translation>The handover of dispatch {number} from command post {posko} ({date}) cannot be applied: the office has already recorded its handover with different quantities received.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_up.py" line="232"/>
        <source>Serah terima pengiriman {number} dari posko {posko} tidak dapat diterapkan: {reason}</source>
        <translation>The handover of dispatch {number} from command post {posko} cannot be applied: {reason}</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_up.py" line="269"/>
        <source>Distribusi {number} dari posko {posko} tidak dapat diterapkan: posko itu tidak memiliki gudang di kantor.</source>
        <translation>Distribution {number} from command post {posko} cannot be applied: that command post has no warehouse at the office.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_up.py" line="281"/>
        <source>Distribusi {number} dari posko {posko} tidak dapat diterapkan: nomor itu sudah dipakai distribusi lain di sini.</source>
        <translation>Distribution {number} from command post {posko} cannot be applied: that number is already used by another distribution here.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/kinds_up.py" line="322"/>
        <source>Check-in penugasan {key} dari posko {posko} tidak dapat diterapkan: penugasan itu tidak tercatat di kantor.</source>
        <translation>The check-in of assignment {key} from command post {posko} cannot be applied: that assignment is not recorded at the office.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/pairing.py" line="42"/>
        <source>Tanda tangan berkas perkenalan tidak cocok dengan kunci yang dibawanya: berkas itu diubah. Tidak ada yang diubah.</source>
        <translation>The signature of the introduction file does not match the key it carries: the file was altered. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/pairing.py" line="45"/>
        <source>Sidik kunci berkas perkenalan {code} adalah {found}, bukan {expected}. Tidak ada yang diubah.</source>
        <translation>The key fingerprint of the introduction file of {code} is {found}, not {expected}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/pairing.py" line="52"/>
        <source>Situs {kind} {code} tidak berpasangan dengan situs {mine} ini: kabupaten/kota berpasangan dengan provinsinya; posko dipasangkan lewat berkas penyiapan.</source>
        <translation>{kind} site {code} does not pair with this {mine} site: a kabupaten/kota pairs with its province; command posts are paired through setup files.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/pairing.py" line="60"/>
        <source>Situs {code} sudah dikenal dengan kunci lain (sidik {fingerprint}). Tidak ada yang diubah.</source>
        <translation>Site {code} is already known with another key (fingerprint {fingerprint}). Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/posko.py" line="65"/>
        <source>Nama posko wajib diisi.</source>
        <translation>The command post name is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/posko.py" line="68"/>
        <source>Posko dibuat di kantor kabupaten/kota, bukan di situs {kind}.</source>
        <translation>Command posts are created at the kabupaten/kota office, not at a {kind} site.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/posko.py" line="71"/>
        <location filename="../../deployment/exchange/posko.py" line="97"/>
        <source>Kode situs {code} sudah dipakai.</source>
        <translation>Site code {code} is already in use.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/posko.py" line="73"/>
        <source>Kode {code} sudah dipakai sebuah gudang; pilih kode posko lain.</source>
        <translation>Code {code} is already used by a warehouse; choose another command post code.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/posko.py" line="76"/>
        <source>Kejadian {number} sudah selesai; posko tidak dibuat.</source>
        <translation>Incident {number} is already closed; the command post was not created.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/posko.py" line="108"/>
        <source>Posko {code} sudah dipasangkan atau dicabut; berkas penyiapan hanya untuk posko yang menunggu balasan.</source>
        <translation>Command post {code} is already paired or revoked; setup files are only for command posts awaiting a reply.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/posko.py" line="127"/>
        <source>Ini bukan berkas penyiapan posko (jenisnya &apos;{kind}&apos;).</source>
        <translation>This is not a command post setup file (its kind is &apos;{kind}&apos;).</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/posko.py" line="130"/>
        <source>Tanda tangan berkas penyiapan tidak cocok dengan kunci yang dibawanya: berkas itu diubah. Minta berkas baru dari kantor.</source>
        <translation>The signature of the setup file does not match the key it carries: the file was altered. Ask the office for a new file.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/posko.py" line="134"/>
        <source>Berkas penyiapan tidak lengkap. Minta berkas baru dari kantor.</source>
        <translation>The setup file is incomplete. Ask the office for a new file.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/posko.py" line="169"/>
        <source>Sidik kunci kantor dalam berkas ini adalah {found}, bukan {expected} yang dibacakan kantor. Jangan pakai berkas ini.</source>
        <translation>The office key fingerprint in this file is {found}, not {expected} as read out by the office. Do not use this file.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/posko.py" line="173"/>
        <source>Basis data ini sudah dipakai; posko disiapkan pada basis data baru yang kosong.</source>
        <translation>This database is already in use; a command post is set up on a new, empty database.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/sites.py" line="87"/>
        <source>Kode situs &apos;{code}&apos; tidak valid: 2–20 huruf besar, angka atau tanda hubung, diawali huruf atau angka (misalnya PSK-01).</source>
        <translation>Site code &apos;{code}&apos; is not valid: 2–20 capital letters, digits or hyphens, starting with a letter or digit (e.g. PSK-01).</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/sites.py" line="185"/>
        <source>Alasan pencabutan situs wajib diisi.</source>
        <translation>A reason for revoking the site is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/sites.py" line="188"/>
        <source>Situs {code} sudah dicabut.</source>
        <translation>Site {code} has already been revoked.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/sites.py" line="202"/>
        <source>Jenis situs &apos;{kind}&apos; tidak dapat dipilih di sini: kabupaten, kota atau provinsi (posko disiapkan dari berkas kantor).</source>
        <translation>Site kind &apos;{kind}&apos; cannot be chosen here: kabupaten, kota or province (command posts are set up from an office file).</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/sites.py" line="207"/>
        <source>Kode dan jenis situs tidak dapat diubah lagi: situs ini sudah berpasangan dengan situs lain.</source>
        <translation>The site code and kind can no longer be changed: this site is already paired with another site.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/sites.py" line="211"/>
        <source>Nama situs wajib diisi.</source>
        <translation>The site name is required.</translation>
    </message>
    <message>
        <location filename="../../deployment/exchange/office_view.py" line="113"/>
        <source>Situs {code} bukan posko kantor ini.</source>
        <translation>Site {code} is not a command post of this office.</translation>
    </message>
</context>
<context>
    <name>incidents</name>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="96"/>
        <source>KK</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="96"/>
        <source>Jiwa</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="97"/>
        <source>Pengungsi</source>
        <translation>Displaced</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="98"/>
        <source>Meninggal</source>
        <translation>Dead</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="99"/>
        <source>Luka</source>
        <translation>Injured</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="99"/>
        <source>Hilang</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="100"/>
        <source>Rumah rusak</source>
        <translation>Houses damaged</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="211"/>
        <source>Diajukan</source>
        <translation>Proposed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="213"/>
        <source>Selesai</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="215"/>
        <source>Direncanakan</source>
        <translation>Planned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/incident_model.py" line="216"/>
        <source>Bertugas</source>
        <translation>On duty</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../ui/ops.py" line="175"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/ops.py" line="176"/>
        <source>Mohon tunggu</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../../ui/ops.py" line="188"/>
        <source>Membatalkan...</source>
        <translation>Cancelling...</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../tagana_app/accounts.py" line="45"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="46"/>
        <source>Petugas gudang</source>
        <translation>Warehouse staff</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="47"/>
        <source>Koordinator tanggap darurat</source>
        <translation>Emergency coordinator</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="48"/>
        <source>Pejabat penandatangan</source>
        <translation>Signing official</translation>
    </message>
    <message>
        <location filename="../../tagana_app/accounts.py" line="49"/>
        <source>Pemantau (hanya baca)</source>
        <translation>Observer (read only)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/permissions.py" line="34"/>
        <source>admin</source>
        <translation>administrator</translation>
    </message>
    <message>
        <location filename="../../tagana_app/permissions.py" line="35"/>
        <source>petugas gudang</source>
        <translation>warehouse clerk</translation>
    </message>
    <message>
        <location filename="../../tagana_app/permissions.py" line="36"/>
        <source>koordinator</source>
        <translation>coordinator</translation>
    </message>
    <message>
        <location filename="../../tagana_app/permissions.py" line="37"/>
        <source>pejabat</source>
        <translation>official</translation>
    </message>
    <message>
        <location filename="../../tagana_app/permissions.py" line="38"/>
        <source>pemantau</source>
        <translation>observer</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../ui/sections.py" line="128"/>
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="129"/>
        <source>Gudang &amp; Stok</source>
        <translation>Warehouse &amp; Stock</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="130"/>
        <source>Daftar gudang dan barang, saldo stok, penerimaan, pengeluaran, mutasi antar gudang, stock opname, penghapusan dan kartu persediaan.</source>
        <translation>Warehouses and goods, stock balances, receipts, issues, transfers between warehouses, stock counts, write-offs and stock cards.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="132"/>
        <source>Data induk</source>
        <translation>Master data</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="133"/>
        <source>Barang, kemasan dan barcode, gudang, paket bantuan dan satuan.</source>
        <translation>Items, packs and barcodes, warehouses, aid kits and units.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="134"/>
        <source>Relawan Tagana</source>
        <translation>Tagana Volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="135"/>
        <source>Data anggota Tagana: NIK, keahlian dan sertifikat, ketersediaan, riwayat penugasan, serta impor daftar relawan.</source>
        <translation>Tagana members: NIK, skills and certificates, availability, deployment history, and roster import.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="137"/>
        <source>Kejadian Bencana</source>
        <translation>Disaster Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="138"/>
        <source>Kejadian bencana dengan status darurat, data dampak, perkiraan kebutuhan dan penugasan relawan.</source>
        <translation>Disaster incidents with their emergency status, impact figures, estimated needs and volunteer assignments.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="140"/>
        <source>Pengiriman</source>
        <translation>Dispatches</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="141"/>
        <source>Pengiriman bantuan dari gudang ke lokasi bencana: persetujuan, manifes, kendaraan dan tanda terima.</source>
        <translation>Relief dispatches from the warehouse to disaster sites: approval, manifest, vehicle and receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="143"/>
        <source>Permintaan</source>
        <translation>Requests</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="144"/>
        <source>Surat permintaan bantuan: dicatat, didisposisi pejabat, dipenuhi dengan pengiriman dan penugasan.</source>
        <translation>Letters asking for aid: recorded, decided by an official, fulfilled by dispatches and assignments.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="146"/>
        <source>Distribusi</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="147"/>
        <source>Penyaluran bantuan ke desa dan rumah tangga, dari gudang kantor dan posko, dengan daftar penerima.</source>
        <translation>Distribution of relief to villages and households, from the office warehouse and command posts, with recipient lists.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="149"/>
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="150"/>
        <source>Dokumen resmi yang dihasilkan: BAST, Surat Perintah Tugas, berita acara dan penomorannya.</source>
        <translation>Official documents produced: BAST, duty orders (SPT), official reports and their numbering.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="152"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="153"/>
        <source>Laporan stok, penyaluran bantuan dan penugasan relawan untuk pimpinan, dalam PDF dan Excel.</source>
        <translation>Reports on stock, relief distribution and volunteer deployment for management, as PDF and Excel.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="155"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="156"/>
        <source>Posko</source>
        <translation>Command post</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="157"/>
        <source>Posko lapangan: laptop posko disiapkan dari berkas kantor, stok, penyaluran per desa, permintaan dan relawan di lokasi.</source>
        <translation>Field command posts: command post laptops set up from an office file, stock, distribution per village, requests and volunteers on site.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="159"/>
        <source>Pertukaran</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="160"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="168"/>
        <source>Beranda posko</source>
        <translation>Command post home</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="169"/>
        <source>Stok</source>
        <translation>Stock</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="170"/>
        <source>Pengiriman masuk</source>
        <translation>Incoming dispatches</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="171"/>
        <source>Relawan</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="172"/>
        <source>Stock opname</source>
        <translation>Stock count</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="180"/>
        <source>Kabupaten/Kota</source>
        <translation>Kabupaten/Kota</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <location filename="../../tagana_app/settings.py" line="169"/>
        <source>Lama penugasan terus-menerus paling lama (hari)</source>
        <translation>Longest continuous assignment (days)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="171"/>
        <source>Istirahat minimum antarpenugasan (hari)</source>
        <translation>Minimum rest between assignments (days)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="173"/>
        <source>Kode kabupaten/kota wilayah kerja</source>
        <translation>Regency/city code of the working area</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="175"/>
        <source>Peringatan sertifikat relawan habis (hari sebelumnya)</source>
        <translation>Volunteer certificate expiry alert (days before)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="205"/>
        <source>Peringatan kedaluwarsa (hari sebelumnya)</source>
        <translation>Expiry alert (days before)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="139"/>
        <source>Pola nomor Berita Acara Serah Terima</source>
        <translation>Number pattern: handover record (BAST)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="103"/>
        <source>Nama pemerintah daerah</source>
        <translation>Name of the regional government</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="104"/>
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="105"/>
        <source>Alamat kantor</source>
        <translation>Office address</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="106"/>
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="107"/>
        <source>Surel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="108"/>
        <source>Logo (PNG, base64)</source>
        <translation>Logo (PNG, base64)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="110"/>
        <source>Kota tempat penandatanganan</source>
        <translation>City of signing</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="111"/>
        <source>Nama Kepala Dinas</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="112"/>
        <source>Pangkat/golongan Kepala Dinas</source>
        <translation>Rank/grade of the head of office</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="113"/>
        <source>NIP Kepala Dinas</source>
        <translation>NIP of the head of office</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="118"/>
        <source>Penandatangan sebagai Kepala Dinas (nama pengguna)</source>
        <translation>Signs as head of office (user name)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="120"/>
        <source>Penandatangan PIHAK PERTAMA pada BAST (nama pengguna)</source>
        <translation>Signs as PIHAK PERTAMA on the BAST (user name)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="122"/>
        <source>Pengurus barang / petugas gudang penandatangan (nama pengguna)</source>
        <translation>Signing storekeeper / warehouse officer (user name)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="124"/>
        <source>Ukuran kertas</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="127"/>
        <source>Huruf dokumen</source>
        <translation>Document font</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="129"/>
        <source>Berisi data contoh</source>
        <translation>Holds demo data</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="140"/>
        <source>Pola nomor Surat Jalan</source>
        <translation>Number pattern: delivery note (Surat Jalan)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="141"/>
        <source>Pola nomor Surat Perintah Tugas</source>
        <translation>Number pattern: duty order (SPT)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="142"/>
        <source>Pola nomor Berita Acara Penerimaan Barang</source>
        <translation>Number pattern: goods receipt record</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="143"/>
        <source>Pola nomor Surat Bukti Barang Keluar</source>
        <translation>Number pattern: goods issue slip</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="144"/>
        <source>Pola nomor Surat Jalan Mutasi Antargudang</source>
        <translation>Number pattern: delivery note for a transfer between warehouses</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="145"/>
        <source>Pola nomor Berita Acara Stock Opname</source>
        <translation>Number pattern: stock count record</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="148"/>
        <source>Pola nomor Berita Acara Pinjam Pakai</source>
        <translation>Number pattern of the equipment loan record</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="149"/>
        <source>Pola nomor Berita Acara Pengembalian</source>
        <translation>Number pattern of the equipment return record</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="150"/>
        <source>Pola nomor Koreksi (pembatalan)</source>
        <translation>Number pattern of Correction (reversal)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="151"/>
        <source>Pola nomor Permintaan Bantuan</source>
        <translation>Number pattern of Request for Aid</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="152"/>
        <source>Pola nomor Distribusi bantuan</source>
        <translation>Number pattern: relief distribution</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="182"/>
        <source>Aturan istirahat antarpenugasan</source>
        <translation>Rest rule between assignments</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="184"/>
        <source>Aturan lama penugasan terpanjang</source>
        <translation>Longest assignment rule</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="187"/>
        <source>Peran yang boleh untuk anggota di atas 45 tahun (Legiun)</source>
        <translation>Roles allowed for members over 45 (Legiun)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="192"/>
        <source>Standar pelayanan permintaan bantuan (hari kerja)</source>
        <translation>Service standard for requests for aid (working days)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="196"/>
        <source>Peringatan distribusi berulang ke rumah tangga yang sama (hari)</source>
        <translation>Warning for repeat distributions to the same household (days)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="200"/>
        <source>Gudang baru selain lumbung sosial juga memerlukan status darurat</source>
        <translation>New warehouses other than lumbung sosial also need an emergency status</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="209"/>
        <source>Nama pejabat PIHAK PERTAMA pada BAST (bila tidak ada pengguna yang ditunjuk)</source>
        <translation>Name of the FIRST PARTY official on the BAST (when no user is chosen)</translation>
    </message>
    <message>
        <source>Pola nomor Mutasi antargudang</source>
        <translation type="vanished">Number pattern: transfer between warehouses</translation>
    </message>
    <message>
        <source>Pola nomor Stock Opname</source>
        <translation type="vanished">Number pattern: stock count</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="146"/>
        <source>Pola nomor Berita Acara Penghapusan</source>
        <translation>Number pattern: write-off record</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="147"/>
        <source>Pola nomor Pengiriman</source>
        <translation>Number pattern: dispatch</translation>
    </message>
    <message>
        <source>Nama pejabat PIHAK PERTAMA pada BAST (kosong: Kepala Dinas)</source>
        <translation type="vanished">Name of the FIRST PARTY official on the BAST (empty: head of office)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="211"/>
        <source>NIP pejabat PIHAK PERTAMA</source>
        <translation>NIP of the FIRST PARTY official</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="214"/>
        <source>Jabatan pejabat PIHAK PERTAMA</source>
        <translation>Position of the FIRST PARTY official</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="216"/>
        <source>Sumber anggaran bantuan (bawaan)</source>
        <translation>Source of funds for aid (default)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="219"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="220"/>
        <source>Lokasi basis data</source>
        <translation>Database location</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="221"/>
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="223"/>
        <source>Jumlah cadangan otomatis yang disimpan</source>
        <translation>Number of automatic backups kept</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="225"/>
        <source>Cadangkan otomatis saat keluar</source>
        <translation>Back up automatically on exit</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="226"/>
        <source>Posisi jendela utama</source>
        <translation>Main window position</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="227"/>
        <source>Pengguna terakhir</source>
        <translation>Last user</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="229"/>
        <source>Kantor terakhir (untuk jendela masuk)</source>
        <translation>Last office (for the login dialog)</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="230"/>
        <source>Folder dokumen</source>
        <translation>Documents folder</translation>
    </message>
    <message>
        <location filename="../../tagana_app/settings.py" line="131"/>
        <source>Zona waktu kantor</source>
        <translation>Office time zone</translation>
    </message>
</context>
</TS>
