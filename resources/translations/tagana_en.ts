<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddUserDialog</name>
    <message>
        <location filename="../../ui/pages/users.py" line="84" />
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="92" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="93" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="94" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="95" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="96" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="97" />
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="103" />
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="91" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="91" />
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="91" />
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="92" />
        <source>Entitas</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="92" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="93" />
        <source>Perubahan</source>
        <translation>Changes</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/pages/audit.py" line="38" />
        <source>Jejak Audit</source>
        <translation>Audit Trail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="40" />
        <source>Setiap perubahan data tercatat di sini: siapa, kapan, apa yang diubah. Catatan audit tidak dapat diubah atau dihapus.</source>
        <translation>Every change to the data is recorded here: who, when, what changed. Audit records cannot be edited or deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="48" />
        <source>Semua pengguna</source>
        <translation>All users</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="48" />
        <source>Semua entitas</source>
        <translation>All entities</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="49" />
        <source>Semua tindakan</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="55" />
        <source>Cari ID, pengguna atau tindakan...</source>
        <translation>Search ID, user or action...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="61" />
        <source>Hapus filter</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="88" />
        <source>Pilih satu baris untuk melihat rinciannya.</source>
        <translation>Select a row to see its details.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="153" />
        <source>{shown} dari {total} catatan ditampilkan</source>
        <translation>{shown} of {total} records shown</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit.py" line="167" />
        <source>(tanpa rincian)</source>
        <translation>(no details)</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="88" />
        <source>Selamat datang, {name}</source>
        <translation>Welcome, {name}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="97" />
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="98" />
        <source>Kepala Dinas</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="99" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="100" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="101" />
        <source>Kertas dokumen</source>
        <translation>Document paper</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="102" />
        <source>Basis data dan cadangan</source>
        <translation>Database and backups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="103" />
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="104" />
        <source>Catatan audit</source>
        <translation>Audit records</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="105" />
        <source>Cadangan otomatis</source>
        <translation>Automatic backup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="106" />
        <source>Akun Anda</source>
        <translation>Your account</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="107" />
        <location filename="../../ui/pages/dashboard.py" line="122" />
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="108" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="109" />
        <source>Pindah bagian dengan menu di kiri atau Ctrl+1 sampai Ctrl+9; Ctrl+Q menutup program.</source>
        <translation>Switch sections with the menu on the left or Ctrl+1 to Ctrl+9; Ctrl+Q closes the program.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="120" />
        <source>Aktivitas terakhir</source>
        <translation>Recent activity</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="122" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="122" />
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="123" />
        <source>Data</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="165" />
        <source>terakhir {time}</source>
        <translation>last {time}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="167" />
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="168" />
        <source>aktif saat keluar</source>
        <translation>on exit</translation>
    </message>
    <message>
        <location filename="../../ui/pages/dashboard.py" line="168" />
        <source>tidak aktif</source>
        <translation>off</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/login_dialog.py" line="79" />
        <source>Mulai — Tagana Logistik</source>
        <translation>Getting started — Tagana Logistik</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="80" />
        <source>Penyiapan pertama</source>
        <translation>First setup</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="80" />
        <source>Tagana Logistik</source>
        <translation>Tagana Logistik</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="82" />
        <source>Selamat datang</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="83" />
        <source>Basis data ini masih kosong. Buat akun administrator pertama; akun ini dapat menambah pengguna lain dan mengisi profil kantor.</source>
        <translation>This database is still empty. Create the first administrator account; it can add other users and fill in the office profile.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="87" />
        <source>mis. Nama lengkap petugas</source>
        <translation>e.g. the officer's full name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="90" />
        <source>minimal {n} karakter</source>
        <translation>at least {n} characters</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="93" />
        <source>Isi dengan data contoh untuk mencoba program</source>
        <translation>Fill with demo data to try the program</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="94" />
        <source>Kantor, gudang, barang dan relawan fiktif. Jendela akan bertanda DATA CONTOH.</source>
        <translation>A fictitious office, warehouses, goods and volunteers. The window will be marked DEMO DATA.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="96" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="97" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="98" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="99" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="101" />
        <source>Buat admin</source>
        <translation>Create admin</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="108" />
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="124" />
        <source>Menyiapkan basis data dan data contoh...</source>
        <translation>Preparing the database and demo data...</translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <location filename="../../ui/main_window.py" line="67" />
        <source>DATA CONTOH</source>
        <translation>DEMO DATA</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69" />
        <source>Basis data ini berisi data contoh; jangan dipakai untuk data sebenarnya.</source>
        <translation>This database holds demo data; do not use it for real records.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70" />
        <source>Tagana Logistik</source>
        <translation>Tagana Logistik</translation>
    </message>
</context>
<context>
    <name>LocalSettingsForm</name>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="89" />
        <source>Tampilan</source>
        <translation>Display</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="95" />
        <source>Perubahan bahasa berlaku setelah program ditutup dan dibuka kembali.</source>
        <translation>A change of language takes effect after the program is closed and opened again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="98" />
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="100" />
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="105" />
        <source>kosong = berkas bawaan di folder data pengguna</source>
        <translation>empty = the default file in the user's data folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="106" />
        <source>Pilih berkas...</source>
        <translation>Choose file...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="111" />
        <source>Berlaku setelah program dibuka kembali. Untuk beberapa komputer sekaligus gunakan PostgreSQL, mis. postgresql+psycopg://pengguna@server/tagana</source>
        <translation>Takes effect after the program is opened again. For several computers at once use PostgreSQL, e.g. postgresql+psycopg://user@server/tagana</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="115" />
        <source>Sedang dipakai</source>
        <translation>In use</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="116" />
        <source>Lokasi</source>
        <translation>Location</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="118" />
        <location filename="../../ui/pages/local_settings.py" line="218" />
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="121" />
        <source>Pilih folder...</source>
        <translation>Choose folder...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="126" />
        <source>Cadangkan otomatis saat program ditutup</source>
        <translation>Back up automatically when the program closes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="132" />
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="134" />
        <source>Pulihkan...</source>
        <translation>Restore...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="140" />
        <source>Folder cadangan</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="131" />
        <source> cadangan otomatis terakhir</source>
        <translation> latest automatic backups</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="142" />
        <source>Disimpan</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="145" />
        <source>Untuk PostgreSQL, cadangkan dengan pg_dump di server.</source>
        <translation>For PostgreSQL, back up with pg_dump on the server.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="146" />
        <source>Hanya administrator yang dapat mencadangkan dan memulihkan.</source>
        <translation>Only an administrator can back up and restore.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="153" />
        <source>Simpan pengaturan komputer ini</source>
        <translation>Save this computer's settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="178" />
        <source>Pilih atau buat berkas basis data</source>
        <translation>Choose or create a database file</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="179" />
        <location filename="../../ui/pages/local_settings.py" line="207" />
        <location filename="../../ui/pages/local_settings.py" line="230" />
        <source>Basis data SQLite (*.db)</source>
        <translation>SQLite database (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="184" />
        <source>Pilih folder cadangan</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="198" />
        <source>Pengaturan komputer ini disimpan.</source>
        <translation>This computer's settings were saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="200" />
        <source>Bahasa dan lokasi basis data berlaku setelah program dibuka kembali.</source>
        <translation>The language and database location take effect after the program is opened again.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="201" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="206" />
        <source>Simpan cadangan sebagai</source>
        <translation>Save backup as</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="213" />
        <source>Mencadangkan basis data...</source>
        <translation>Backing up the database...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="218" />
        <source>Cadangan dibuat:
{path}</source>
        <translation>Backup made:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="229" />
        <source>Pulihkan dari cadangan</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="233" />
        <source>Pulihkan cadangan</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="234" />
        <source>Seluruh isi basis data sekarang akan diganti dengan isi cadangan
{path}

Basis data sekarang disalin lebih dulu. Lanjutkan?</source>
        <translation>Everything in the current database will be replaced by the backup
{path}

The current database is copied first. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="240" />
        <source>Memulihkan basis data...</source>
        <translation>Restoring the database...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="245" />
        <source>Pemulihan selesai</source>
        <translation>Restore finished</translation>
    </message>
    <message>
        <location filename="../../ui/pages/local_settings.py" line="246" />
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
        <location filename="../../ui/login_dialog.py" line="26" />
        <source>Masuk — Tagana Logistik</source>
        <translation>Log in — Tagana Logistik</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="29" />
        <source>Tagana Logistik</source>
        <translation>Tagana Logistik</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="30" />
        <source>Masuk ke Tagana Logistik</source>
        <translation>Log in to Tagana Logistik</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="31" />
        <source>Logistik gudang, relawan dan bantuan bencana.</source>
        <translation>Warehouse logistics, volunteers and disaster relief.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="33" />
        <source>Basis data ini berisi DATA CONTOH.</source>
        <translation>This database holds DEMO DATA.</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="38" />
        <source>nama pengguna</source>
        <translation>user name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="41" />
        <source>kata sandi</source>
        <translation>password</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="42" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="43" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="44" />
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.py" line="52" />
        <source>Isi nama pengguna dan kata sandi.</source>
        <translation>Enter the user name and password.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="131" />
        <source>Pengguna: {user} · {role}</source>
        <translation>User: {user} · {role}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>Bagian ini gagal dimuat; lihat pesan kesalahan.</source>
        <translation>This section could not be loaded; see the error message.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201" />
        <source>Tagana Logistik — {office}</source>
        <translation>Tagana Logistik — {office}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203" />
        <source> — DATA CONTOH</source>
        <translation> — DEMO DATA</translation>
    </message>
</context>
<context>
    <name>OfficeProfileForm</name>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="111" />
        <source>Pemerintah daerah</source>
        <translation>Local government</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="111" />
        <source>Nama kantor</source>
        <translation>Office name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="112" />
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="112" />
        <source>Telepon</source>
        <translation>Telephone</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="113" />
        <source>Surel</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="113" />
        <source>Kota penandatanganan</source>
        <translation>City of signing</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="114" />
        <source>Nama Kepala Dinas</source>
        <translation>Head of office</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="114" />
        <source>Pangkat/golongan</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="115" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="118" />
        <source>mis. PEMERINTAH KABUPATEN BENGKULU TENGAH</source>
        <translation>e.g. PEMERINTAH KABUPATEN BENGKULU TENGAH</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="119" />
        <source>mis. DINAS SOSIAL</source>
        <translation>e.g. DINAS SOSIAL</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="120" />
        <source>18 digit</source>
        <translation>18 digits</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="129" />
        <source>Kop surat</source>
        <translation>Letterhead</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="133" />
        <location filename="../../ui/pages/office_profile.py" line="223" />
        <source>(tanpa logo)</source>
        <translation>(no logo)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="137" />
        <source>Pilih logo...</source>
        <translation>Choose logo...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="139" />
        <source>Hapus logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="149" />
        <location filename="../../ui/pages/office_profile.py" line="234" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="151" />
        <source>Penandatangan dan kertas</source>
        <translation>Signatory and paper</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="156" />
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="157" />
        <source>F4 / Folio (215 × 330 mm)</source>
        <translation>F4 / Folio (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="158" />
        <source>Ukuran kertas</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="162" />
        <source>Simpan profil kantor</source>
        <translation>Save office profile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="166" />
        <source>Profil ini dicetak pada setiap dokumen (kop surat, tanda tangan) dan berlaku untuk semua komputer yang memakai basis data ini.</source>
        <translation>This profile is printed on every document (letterhead, signature) and applies to every computer using this database.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="168" />
        <source>Hanya administrator yang dapat mengubah profil kantor.</source>
        <translation>Only an administrator can change the office profile.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="176" />
        <source>Pratinjau kop surat</source>
        <translation>Letterhead preview</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="197" />
        <source>Telepon {phone}</source>
        <translation>Telephone {phone}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="198" />
        <source>Surel: {email}</source>
        <translation>E-mail: {email}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="228" />
        <source>Pilih logo kantor</source>
        <translation>Choose the office logo</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="229" />
        <source>Gambar (*.png *.jpg *.jpeg *.bmp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp)</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="234" />
        <source>Berkas '{name}' bukan gambar yang dapat dibaca.</source>
        <translation>The file '{name}' is not a readable image.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="252" />
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="252" />
        <source>Profil kantor disimpan.</source>
        <translation>Office profile saved.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/office_profile.py" line="253" />
        <source>Tidak ada perubahan.</source>
        <translation>Nothing changed.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../../ui/pages/users.py" line="120" />
        <source>Ganti kata sandi: {user}</source>
        <translation>Change password: {user}</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="122" />
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="123" />
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="124" />
        <source>Simpan</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="130" />
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords are not the same.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="19" />
        <source>Belum tersedia</source>
        <translation>Not available yet</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="22" />
        <source>Bagian ini akan diisi pada versi berikutnya.</source>
        <translation>This section will be filled in a coming version.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/placeholder.py" line="27" />
        <source>Bagian ini sedang disiapkan dan akan tersedia pada pembaruan program.</source>
        <translation>This section is being prepared and will come with a program update.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/pages/settings.py" line="24" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="31" />
        <source>Profil kantor</source>
        <translation>Office profile</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="32" />
        <source>Komputer ini</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../ui/pages/settings.py" line="33" />
        <source>Pengguna</source>
        <translation>User</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <location filename="../../ui/pages/users.py" line="45" />
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="45" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="45" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="45" />
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="70" />
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="70" />
        <source>tidak</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>UsersPanel</name>
    <message>
        <location filename="../../ui/pages/users.py" line="149" />
        <source>Tambah pengguna...</source>
        <translation>Add user...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="151" />
        <source>Atur ulang kata sandi...</source>
        <translation>Reset password...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="153" />
        <source>Ganti kata sandi saya...</source>
        <translation>Change my password...</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="165" />
        <source>Pengguna dan peran dikelola oleh administrator.</source>
        <translation>Users and roles are managed by the administrator.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="193" />
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/pages/users.py" line="193" />
        <source>Pilih pengguna di daftar lebih dulu.</source>
        <translation>Select a user in the list first.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/app.py" line="116" />
        <source>Cadangan otomatis gagal: {reason}</source>
        <translation>Automatic backup failed: {reason}</translation>
    </message>
</context>
<context>
    <name>audit</name>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="40" />
        <source>dibuat</source>
        <translation>created</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="40" />
        <source>ditambahkan</source>
        <translation>added</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="40" />
        <source>diubah</source>
        <translation>changed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="40" />
        <location filename="../../ui/pages/audit_model.py" line="41" />
        <source>dihapus</source>
        <translation>deleted</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="41" />
        <source>kata sandi diganti</source>
        <translation>password changed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="41" />
        <source>dimuat</source>
        <translation>loaded</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="41" />
        <source>dicadangkan</source>
        <translation>backed up</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="42" />
        <source>dipulihkan</source>
        <translation>restored</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="42" />
        <source>diimpor</source>
        <translation>imported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="42" />
        <source>diekspor</source>
        <translation>exported</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="42" />
        <source>disetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="43" />
        <source>ditolak</source>
        <translation>rejected</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="43" />
        <source>dikirim</source>
        <translation>sent</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="43" />
        <source>diterima di tujuan</source>
        <translation>delivered</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="44" />
        <source>diterima</source>
        <translation>received</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="44" />
        <source>dikeluarkan</source>
        <translation>issued</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="44" />
        <source>dipindahkan</source>
        <translation>transferred</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="44" />
        <source>dihapusbukukan</source>
        <translation>written off</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="45" />
        <source>dihitung</source>
        <translation>counted</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="45" />
        <source>dibukukan</source>
        <translation>posted</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="45" />
        <source>dibatalkan</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="45" />
        <source>dibalik</source>
        <translation>reversed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="46" />
        <source>ditugaskan</source>
        <translation>assigned</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="46" />
        <source>diperpanjang</source>
        <translation>extended</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="46" />
        <source>diakhiri</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="46" />
        <source>tiba di lokasi</source>
        <translation>checked in</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="47" />
        <source>meninggalkan lokasi</source>
        <translation>checked out</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="47" />
        <source>dikecualikan</source>
        <translation>overridden</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="47" />
        <source>status diubah</source>
        <translation>status changed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="48" />
        <source>ditandatangani</source>
        <translation>signed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="48" />
        <source>dicetak</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="48" />
        <source>diberi nomor</source>
        <translation>numbered</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="48" />
        <source>dinonaktifkan</source>
        <translation>deactivated</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="49" />
        <source>diaktifkan</source>
        <translation>activated</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="49" />
        <source>dimulai</source>
        <translation>started</translation>
    </message>
    <message>
        <location filename="../../ui/pages/audit_model.py" line="49" />
        <source>ditutup</source>
        <translation>closed</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../../ui/core_texts.py" line="15" />
        <source>Operasi ditolak.</source>
        <translation>Operation refused.</translation>
    </message>
    <message>
        <location filename="../../ui/core_texts.py" line="16" />
        <source>Data tidak valid.</source>
        <translation>Invalid data.</translation>
    </message>
    <message>
        <location filename="../../ui/core_texts.py" line="17" />
        <source>{what} '{key}' tidak ditemukan.</source>
        <translation>{what} '{key}' not found.</translation>
    </message>
    <message>
        <location filename="../../ui/core_texts.py" line="18" />
        <source>{what} '{key}' sudah ada.</source>
        <translation>{what} '{key}' already exists.</translation>
    </message>
    <message>
        <location filename="../../ui/core_texts.py" line="19" />
        <source>Pengguna '{user}' dengan peran '{role}' tidak berwenang untuk {action}.</source>
        <translation>User '{user}' with role '{role}' is not allowed to do this: {action}.</translation>
    </message>
    <message>
        <location filename="../../ui/core_texts.py" line="20" />
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../ui/core_texts.py" line="21" />
        <source>Berkas basis data '{path}' berada di folder jaringan ({fs}). SQLite tidak aman dipakai bersama lewat jaringan; gunakan PostgreSQL untuk beberapa komputer (--db postgresql+psycopg://... atau TAGANA_DATABASE_URL).</source>
        <translation>The database file '{path}' is in a network folder ({fs}). SQLite is not safe to share over a network; use PostgreSQL for several computers (--db postgresql+psycopg://... or TAGANA_DATABASE_URL).</translation>
    </message>
    <message>
        <location filename="../../ui/core_texts.py" line="24" />
        <source>Cadangan gagal: {reason}</source>
        <translation>Backup failed: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/core_texts.py" line="25" />
        <source>Basis data masih versi '{current}', program memerlukan '{head}'. Jalankan 'tagana db upgrade'.</source>
        <translation>The database is at version '{current}', the program needs '{head}'. Run 'tagana db upgrade'.</translation>
    </message>
    <message>
        <location filename="../../ui/core_texts.py" line="27" />
        <source>Dibatalkan oleh pengguna; tidak ada yang disimpan.</source>
        <translation>Cancelled by the user; nothing was saved.</translation>
    </message>
    <message>
        <location filename="../../ui/core_texts.py" line="28" />
        <source>Basis data sedang sibuk dipakai proses lain dan transaksi gagal setelah {attempts} kali percobaan. Coba lagi sebentar lagi.</source>
        <translation>The database is busy with another process and the transaction failed after {attempts} attempts. Try again in a moment.</translation>
    </message>
    <message>
        <location filename="../../ui/core_texts.py" line="30" />
        <source>Kata sandi minimal {n} karakter.</source>
        <translation>A password needs at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/core_texts.py" line="31" />
        <source>Pengguna pertama harus berperan admin.</source>
        <translation>The first user must be an admin.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="26" />
        <source>Basis data tidak dapat dipakai saat ini. Periksa sambungan atau lokasi basis data, lalu coba lagi.</source>
        <translation>The database cannot be used right now. Check the connection or the database location, then try again.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="28" />
        <source>Terjadi kesalahan yang tidak terduga. Tidak ada perubahan yang disimpan oleh operasi ini.</source>
        <translation>An unexpected error occurred. This operation saved no changes.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="34" />
        <source>Ditolak</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="38" />
        <source>Kesalahan</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>ops</name>
    <message>
        <location filename="../../ui/ops.py" line="115" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/ops.py" line="116" />
        <source>Mohon tunggu</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location filename="../../ui/ops.py" line="128" />
        <source>Membatalkan...</source>
        <translation>Cancelling...</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../ui/core_texts.py" line="35" />
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../ui/core_texts.py" line="36" />
        <source>Petugas gudang</source>
        <translation>Warehouse staff</translation>
    </message>
    <message>
        <location filename="../../ui/core_texts.py" line="37" />
        <source>Koordinator tanggap darurat</source>
        <translation>Emergency coordinator</translation>
    </message>
    <message>
        <location filename="../../ui/core_texts.py" line="38" />
        <source>Pejabat penandatangan</source>
        <translation>Signing official</translation>
    </message>
    <message>
        <location filename="../../ui/core_texts.py" line="39" />
        <source>Pemantau (hanya baca)</source>
        <translation>Observer (read only)</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <location filename="../../ui/sections.py" line="26" />
        <source>Dasbor</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="28" />
        <source>Gudang &amp; Stok</source>
        <translation>Warehouse &amp; Stock</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="30" />
        <source>Daftar gudang dan barang, saldo stok, penerimaan, pengeluaran, mutasi antar gudang, stock opname, penghapusan dan kartu persediaan.</source>
        <translation>Warehouses and goods, stock balances, receipts, issues, transfers between warehouses, stock counts, write-offs and stock cards.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="32" />
        <source>Relawan Tagana</source>
        <translation>Tagana Volunteers</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="34" />
        <source>Data anggota Tagana: NIK, keahlian dan sertifikat, ketersediaan, riwayat penugasan, serta impor daftar relawan.</source>
        <translation>Tagana members: NIK, skills and certificates, availability, deployment history, and roster import.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="36" />
        <source>Kejadian Bencana</source>
        <translation>Disaster Incidents</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="38" />
        <source>Kejadian bencana dengan status darurat, data dampak, perkiraan kebutuhan dan penugasan relawan.</source>
        <translation>Disaster incidents with their emergency status, impact figures, estimated needs and volunteer assignments.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="40" />
        <source>Pengiriman</source>
        <translation>Dispatches</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="42" />
        <source>Pengiriman bantuan dari gudang ke lokasi bencana: persetujuan, manifes, kendaraan dan tanda terima.</source>
        <translation>Relief dispatches from the warehouse to disaster sites: approval, manifest, vehicle and receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="44" />
        <source>Dokumen</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="46" />
        <source>Dokumen resmi yang dihasilkan: BAST, Surat Perintah Tugas, berita acara dan penomorannya.</source>
        <translation>Official documents produced: BAST, duty orders (SPT), official reports and their numbering.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="48" />
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="50" />
        <source>Laporan stok, penyaluran bantuan dan penugasan relawan untuk pimpinan, dalam PDF dan Excel.</source>
        <translation>Reports on stock, relief distribution and volunteer deployment for management, as PDF and Excel.</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="52" />
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../ui/sections.py" line="54" />
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
</context>
</TS>