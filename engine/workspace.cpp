#include "engine/workspace.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QRandomGenerator>
#include <QUuid>

namespace miq {

namespace {

// Each schema version's forward migration. Never edit a released step: add a new one.
const char *const migrations[] = {
    // 1: catalog of sources
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    // AUTOINCREMENT: ids are never reused, so a keychain entry left behind by a removed source
    // can never be picked up by a later one.
    "CREATE TABLE sources ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    "  type TEXT NOT NULL,"
    "  settings TEXT NOT NULL DEFAULT '{}',"
    "  created_at TEXT NOT NULL,"
    "  updated_at TEXT NOT NULL);",
    // 2: connection status, names of secret fields, audit log
    "ALTER TABLE sources ADD COLUMN secret_keys TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE sources ADD COLUMN status INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE sources ADD COLUMN status_message TEXT NOT NULL DEFAULT '';"
    "ALTER TABLE sources ADD COLUMN checked_at TEXT;"
    "CREATE TABLE audit_log ("
    "  id INTEGER PRIMARY KEY,"
    "  at TEXT NOT NULL,"
    "  user TEXT NOT NULL,"
    "  action TEXT NOT NULL,"
    "  object TEXT NOT NULL,"
    "  details TEXT NOT NULL DEFAULT '{}');"
    "CREATE INDEX audit_log_at ON audit_log(at);",
    // 3: sync jobs, their runs and the rows those runs quarantined
    "CREATE TABLE jobs ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
    "  definition TEXT NOT NULL,"
    "  cursor_state TEXT NOT NULL DEFAULT '{}',"
    "  created_at TEXT NOT NULL,"
    "  updated_at TEXT NOT NULL);"
    "CREATE TABLE runs ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  uuid TEXT NOT NULL UNIQUE,"
    "  job_id INTEGER REFERENCES jobs(id) ON DELETE SET NULL,"
    "  definition TEXT NOT NULL,"
    "  status TEXT NOT NULL,"
    "  pid INTEGER,"
    "  started_at TEXT NOT NULL,"
    "  finished_at TEXT,"
    "  rows_read INTEGER NOT NULL DEFAULT 0,"
    "  rows_written INTEGER NOT NULL DEFAULT 0,"
    "  rows_quarantined INTEGER NOT NULL DEFAULT 0,"
    "  bytes_read INTEGER NOT NULL DEFAULT 0,"
    "  bytes_total INTEGER NOT NULL DEFAULT -1,"
    "  target TEXT NOT NULL DEFAULT '{}',"
    "  verification TEXT NOT NULL DEFAULT '{}',"
    "  timings TEXT NOT NULL DEFAULT '{}',"
    "  error TEXT NOT NULL DEFAULT '',"
    "  peak_rss INTEGER NOT NULL DEFAULT 0,"
    "  log TEXT NOT NULL DEFAULT '');"
    "CREATE INDEX runs_job ON runs(job_id, id);"
    "CREATE TABLE quarantine ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  run_id INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,"
    "  record_number INTEGER NOT NULL,"
    "  line INTEGER NOT NULL DEFAULT 0,"
    "  location TEXT NOT NULL DEFAULT '',"
    "  column_name TEXT NOT NULL DEFAULT '',"
    "  reason TEXT NOT NULL,"
    "  raw BLOB,"
    "  UNIQUE(run_id, record_number));",
    // 4: saved profiles (engine/profile/profilestore.h), the history of each source stream. A
    // profile belongs to a source of the workspace (removed with it) or to a file profiled
    // without one (source_path). The summary columns let the history list skip the JSON.
    "CREATE TABLE profiles ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
    "  source_id INTEGER REFERENCES sources(id) ON DELETE CASCADE,"
    "  source_path TEXT NOT NULL DEFAULT '',"
    "  stream TEXT NOT NULL,"
    "  profiled_at TEXT NOT NULL,"
    "  sampled INTEGER NOT NULL DEFAULT 0,"
    "  rows INTEGER NOT NULL DEFAULT 0,"
    "  columns INTEGER NOT NULL DEFAULT 0,"
    "  quality REAL,"
    "  alerts INTEGER NOT NULL DEFAULT 0,"
    "  seconds REAL NOT NULL DEFAULT 0,"
    "  json TEXT NOT NULL,"
    "  CHECK (source_id IS NOT NULL OR source_path <> ''));"
    "CREATE INDEX profiles_stream ON profiles(source_id, source_path, stream, profiled_at);",
};
static_assert(std::size(migrations) == Workspace::CurrentSchemaVersion);

QString newConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("miq-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString isoNow()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString osUser()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

QString describe(const QSqlError &error)
{
    QString text = error.driverText();
    if (!error.databaseText().isEmpty() && error.databaseText() != text)
        text = text.isEmpty() ? error.databaseText() : text + QStringLiteral(": ") + error.databaseText();
    return text;
}

bool isLockedError(const QSqlError &error)
{
    const QString t = error.databaseText().toLower();
    return t.contains(QLatin1String("locked")) || t.contains(QLatin1String("busy"));
}

// Runs the ';'-separated statements of one migration step (QSqlQuery runs one at a time).
bool execScript(QSqlDatabase &db, const char *script, QSqlError *error)
{
    const QStringList statements = QString::fromUtf8(script).split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery q(db);
        if (!q.exec(statement)) {
            *error = q.lastError();
            return false;
        }
    }
    return true;
}

SourceRecord sourceFromQuery(const QSqlQuery &q)
{
    SourceRecord s;
    s.id = q.value(0).toLongLong();
    s.name = q.value(1).toString();
    s.typeId = q.value(2).toString();
    s.settings = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object().toVariantMap();
    s.secretKeys = q.value(4).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    s.status = SourceRecord::Status(qBound(0, q.value(5).toInt(), 2));
    s.statusMessage = q.value(6).toString();
    s.checkedAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    s.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    s.updatedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    return s;
}

const char sourceColumns[] = "SELECT id, name, type, settings, secret_keys, status, status_message, "
                             "checked_at, created_at, updated_at FROM sources ";

QString settingsJson(const QVariantMap &settings)
{
    return QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(settings)).toJson(QJsonDocument::Compact));
}

QString objectName(const SourceRecord &s)
{
    return Workspace::tr("source '%1' (#%2)").arg(s.name).arg(s.id);
}

} // namespace

QString sourceStatusName(SourceRecord::Status status)
{
    switch (status) {
    case SourceRecord::Status::Untested: return Workspace::tr("untested");
    case SourceRecord::Status::Ok: return Workspace::tr("ok");
    case SourceRecord::Status::Failing: return Workspace::tr("failing");
    }
    return QString();
}

Workspace::Workspace(QString path, QString connectionName)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
{}

Workspace::~Workspace()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

namespace {

// Opens the SQLite connection after checking what can be checked without writing.
Status preflight(const QString &path, Workspace::OpenMode mode, bool *exists)
{
    const QFileInfo info(path);
    *exists = info.exists();
    if (*exists && info.isDir())
        return Error(Workspace::tr("Cannot open workspace '%1': it is a folder, not a file.").arg(path));
    if (!*exists) {
        if (mode == Workspace::OpenMode::MustExist)
            return Error(Workspace::tr("Workspace '%1' does not exist.").arg(path));
        const QFileInfo dir(info.absolutePath());
        if (!dir.exists())
            return Error(Workspace::tr("Cannot create workspace '%1': the folder '%2' does not exist.")
                             .arg(path, dir.absoluteFilePath()));
        if (!dir.isWritable())
            return Error(Workspace::tr("Cannot create workspace '%1': the folder '%2' is not writable.")
                             .arg(path, dir.absoluteFilePath()));
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Workspace::tr("Cannot open workspace '%1': %2").arg(path, file.errorString()));
    const QByteArray header = file.read(16);
    if (!header.isEmpty() && header != QByteArrayLiteral("SQLite format 3\0"))
        return Error(Workspace::tr("Cannot open workspace '%1': the file is not a MigrateIQ workspace "
                                   "(it is not an SQLite database, or it is corrupt).")
                         .arg(path));
    // The permission bits count too: an administrator could write anyway, but the user marked it read-only.
    const auto writeBits = QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (!info.isWritable() || !(info.permissions() & writeBits))
        return Error(Workspace::tr("Cannot open workspace '%1': the file is read-only. "
                                   "Make it writable or copy it to a writable place.")
                         .arg(path));
    if (!QFileInfo(info.absolutePath()).isWritable())
        return Error(Workspace::tr("Cannot open workspace '%1': its folder is read-only, and a workspace "
                                   "needs to write its journal beside it.")
                         .arg(path));
    return {};
}

Status migrate(QSqlDatabase &db, const QString &path, int from, int to)
{
    QSqlError error;
    if (!db.transaction())
        return Error(Workspace::tr("Cannot update workspace '%1': %2").arg(path, describe(db.lastError())));
    for (int version = from; version < to; ++version) {
        if (!execScript(db, migrations[version], &error)) {
            db.rollback();
            return Error(Workspace::tr("Cannot update workspace '%1' to schema version %2: %3")
                             .arg(path)
                             .arg(version + 1)
                             .arg(describe(error)));
        }
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(to))
        || !q.exec(QStringLiteral("PRAGMA application_id = %1").arg(Workspace::ApplicationId))) {
        db.rollback();
        return Error(Workspace::tr("Cannot update workspace '%1': %2").arg(path, describe(q.lastError())));
    }
    if (from == 0) {
        q.prepare(QStringLiteral("INSERT INTO meta(key, value) VALUES ('id', ?), ('created_at', ?)"));
        q.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
        q.addBindValue(isoNow());
        if (!q.exec()) {
            db.rollback();
            return Error(Workspace::tr("Cannot create workspace '%1': %2").arg(path, describe(q.lastError())));
        }
    }
    if (!db.commit()) {
        const QSqlError commitError = db.lastError();
        db.rollback();
        if (isLockedError(commitError))
            return Error(Workspace::tr("Workspace '%1' is locked by another program; close it there and try again.")
                             .arg(path));
        return Error(Workspace::tr("Cannot update workspace '%1': %2").arg(path, describe(commitError)));
    }
    return {};
}

} // namespace

Status Workspace::createAtVersion(const QString &path, int version)
{
    const QString name = newConnectionName();
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            status = Error(tr("Cannot create workspace '%1': %2").arg(path, describe(db.lastError())));
        else
            status = migrate(db, path, 0, version);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path, OpenMode mode)
{
    bool exists = false;
    if (Status s = preflight(path, mode, &exists); !s)
        return Error(s.error());

    std::unique_ptr<Workspace> ws(new Workspace(QFileInfo(path).absoluteFilePath(), newConnectionName()));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), ws->m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
    if (!db.open())
        return Error(tr("Cannot open workspace '%1': %2").arg(path, describe(db.lastError())));

    QSqlQuery q(db);
    // Reading the header pages is the first real I/O: corruption and foreign files show up here.
    if (!q.exec(QStringLiteral("PRAGMA application_id")) || !q.next()) {
        const QSqlError e = q.lastError();
        if (isLockedError(e))
            return Error(tr("Workspace '%1' is locked by another program; close it there and try again.").arg(path));
        return Error(tr("Cannot open workspace '%1': the file is corrupt or not a workspace (%2).")
                         .arg(path, describe(e)));
    }
    const int applicationId = q.value(0).toInt();
    q.exec(QStringLiteral("PRAGMA user_version"));
    q.next();
    const int version = q.value(0).toInt();
    q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    q.next();
    const int objects = q.value(0).toInt();
    q.finish();

    if (objects > 0 && applicationId != ApplicationId)
        return Error(tr("Cannot open '%1': it is an SQLite database but not a MigrateIQ workspace.").arg(path));
    if (version > CurrentSchemaVersion)
        return Error(tr("Workspace '%1' was saved by a newer version of MigrateIQ (schema version %2; "
                        "this version understands up to %3). Update MigrateIQ to open it.")
                         .arg(path)
                         .arg(version)
                         .arg(CurrentSchemaVersion));
    if (objects > 0) {
        // Reads the catalog's own b-trees: corruption there shows up now, before anything is
        // written. (PRAGMA quick_check would scan the whole file, quarantined rows included.)
        if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM meta) + (SELECT count(*) FROM sources)")) || !q.next())
            return Error(tr("Cannot open workspace '%1': the file is corrupt (%2).").arg(path, describe(q.lastError())));
        q.finish();
    }

    // Proves we can take the write lock before changing anything.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        const QSqlError e = q.lastError();
        if (isLockedError(e))
            return Error(tr("Workspace '%1' is locked by another program; close it there and try again.").arg(path));
        return Error(tr("Cannot open workspace '%1': %2").arg(path, describe(e)));
    }
    q.exec(QStringLiteral("COMMIT"));

    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.exec(QStringLiteral("PRAGMA foreign_keys=ON")))
        return Error(tr("Cannot open workspace '%1': %2").arg(path, describe(q.lastError())));
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));

    if (version < CurrentSchemaVersion) {
        if (Status s = migrate(db, path, version, CurrentSchemaVersion); !s)
            return Error(s.error());
    }

    if (!q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'id'")) || !q.next())
        return Error(tr("Cannot open workspace '%1': its identity record is missing.").arg(path));
    ws->m_id = q.value(0).toString();
    q.finish();

    if (version == 0) {
        if (Status s = ws->audit(QStringLiteral("workspace.create"), tr("workspace"), QStringLiteral("{}")); !s)
            return Error(s.error());
    } else if (version < CurrentSchemaVersion) {
        const QString details = QStringLiteral("{\"from\":%1,\"to\":%2}").arg(version).arg(CurrentSchemaVersion);
        if (Status s = ws->audit(QStringLiteral("workspace.migrate"), tr("workspace"), details); !s)
            return Error(s.error());
    }
    return ws;
}

int Workspace::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Result<QByteArray> Workspace::maskSalt()
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'mask_salt'")) && q.next())
        return QByteArray::fromHex(q.value(0).toString().toLatin1());
    QByteArray salt(32, Qt::Uninitialized);
    for (char &c : salt)
        c = char(QRandomGenerator::system()->generate());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO meta(key, value) VALUES ('mask_salt', ?)"));
    q.addBindValue(QString::fromLatin1(salt.toHex()));
    if (!q.exec())
        return Error(tr("Cannot create the masking salt of workspace '%1': %2").arg(m_path, describe(q.lastError())));
    // Another process may have won the race: read what is stored.
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'mask_salt'")) && q.next())
        return QByteArray::fromHex(q.value(0).toString().toLatin1());
    return salt;
}

Result<QList<SourceRecord>> Workspace::sources() const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    if (!q.exec(QLatin1String(sourceColumns) + QStringLiteral("ORDER BY name COLLATE NOCASE")))
        return Error(tr("Cannot read the sources of workspace '%1': %2").arg(m_path, describe(q.lastError())));
    QList<SourceRecord> list;
    while (q.next())
        list.append(sourceFromQuery(q));
    return list;
}

Result<SourceRecord> Workspace::source(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QLatin1String(sourceColumns) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error(tr("Cannot read source #%1: %2").arg(id).arg(describe(q.lastError())));
    if (!q.next())
        return Error(tr("There is no source #%1 in this workspace.").arg(id));
    return sourceFromQuery(q);
}

Result<SourceRecord> Workspace::sourceByName(const QString &name) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QLatin1String(sourceColumns) + QStringLiteral("WHERE name = ?"));
    q.addBindValue(name);
    if (!q.exec())
        return Error(tr("Cannot read source '%1': %2").arg(name, describe(q.lastError())));
    if (!q.next())
        return Error(tr("There is no source named '%1' in this workspace.").arg(name));
    return sourceFromQuery(q);
}

QString Workspace::uniqueSourceName(const QString &base) const
{
    QString candidate = base;
    for (int n = 2; sourceByName(candidate).ok(); ++n)
        candidate = QStringLiteral("%1 (%2)").arg(base).arg(n);
    return candidate;
}

Result<qint64> Workspace::addSource(const SourceRecord &source)
{
    if (source.name.trimmed().isEmpty())
        return Error(tr("A source needs a name."));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery q(db);
    const QString now = isoNow();
    q.prepare(QStringLiteral("INSERT INTO sources(name, type, settings, secret_keys, status, status_message, "
                             "created_at, updated_at) VALUES (?, ?, ?, COALESCE(?, ''), 0, '', ?, ?)"));
    q.addBindValue(source.name.trimmed());
    q.addBindValue(source.typeId);
    q.addBindValue(settingsJson(source.settings));
    q.addBindValue(source.secretKeys.join(QLatin1Char(',')));
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec()) {
        db.rollback();
        if (q.lastError().nativeErrorCode() == QLatin1String("2067") || describe(q.lastError()).contains(QLatin1String("UNIQUE")))
            return Error(tr("A source named '%1' already exists.").arg(source.name.trimmed()));
        return Error(tr("Cannot add source '%1': %2").arg(source.name, describe(q.lastError())));
    }
    SourceRecord added = source;
    added.id = q.lastInsertId().toLongLong();
    const QString details = QStringLiteral("{\"type\":\"%1\",\"settings\":%2}").arg(source.typeId, settingsJson(source.settings));
    if (Status s = audit(QStringLiteral("source.add"), objectName(added), details); !s) {
        db.rollback();
        return Error(s.error());
    }
    db.commit();
    return added.id;
}

Status Workspace::updateSource(const SourceRecord &source)
{
    if (source.name.trimmed().isEmpty())
        return Error(tr("A source needs a name."));
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery q(db);
    // Changing the configuration invalidates the last test result.
    q.prepare(QStringLiteral("UPDATE sources SET name = ?, type = ?, settings = ?, secret_keys = COALESCE(?, ''), status = 0, "
                             "status_message = '', checked_at = NULL, updated_at = ? WHERE id = ?"));
    q.addBindValue(source.name.trimmed());
    q.addBindValue(source.typeId);
    q.addBindValue(settingsJson(source.settings));
    q.addBindValue(source.secretKeys.join(QLatin1Char(',')));
    q.addBindValue(isoNow());
    q.addBindValue(source.id);
    if (!q.exec()) {
        db.rollback();
        if (describe(q.lastError()).contains(QLatin1String("UNIQUE")))
            return Error(tr("A source named '%1' already exists.").arg(source.name.trimmed()));
        return Error(tr("Cannot save source '%1': %2").arg(source.name, describe(q.lastError())));
    }
    if (q.numRowsAffected() == 0) {
        db.rollback();
        return Error(tr("There is no source #%1 in this workspace.").arg(source.id));
    }
    const QString details = QStringLiteral("{\"type\":\"%1\",\"settings\":%2}").arg(source.typeId, settingsJson(source.settings));
    if (Status s = audit(QStringLiteral("source.update"), objectName(source), details); !s) {
        db.rollback();
        return s;
    }
    db.commit();
    return {};
}

Status Workspace::removeSource(qint64 id)
{
    const Result<SourceRecord> existing = source(id);
    if (!existing)
        return Error(existing.error());
    QSqlDatabase db = QSqlDatabase::database(m_connectionName);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM sources WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        db.rollback();
        return Error(tr("Cannot remove source '%1': %2").arg(existing->name, describe(q.lastError())));
    }
    if (Status s = audit(QStringLiteral("source.remove"), objectName(*existing), QStringLiteral("{}")); !s) {
        db.rollback();
        return s;
    }
    db.commit();
    return {};
}

Status Workspace::setSourceStatus(qint64 id, SourceRecord::Status status, const QString &message)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("UPDATE sources SET status = ?, status_message = COALESCE(?, ''), checked_at = ? WHERE id = ?"));
    q.addBindValue(int(status));
    q.addBindValue(message);
    q.addBindValue(isoNow());
    q.addBindValue(id);
    if (!q.exec())
        return Error(tr("Cannot record the test result of source #%1: %2").arg(id).arg(describe(q.lastError())));
    return {};
}

Status Workspace::audit(const QString &action, const QString &object, const QString &details)
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.prepare(QStringLiteral("INSERT INTO audit_log(at, user, action, object, details) VALUES (?, ?, ?, ?, COALESCE(?, '{}'))"));
    q.addBindValue(isoNow());
    q.addBindValue(osUser());
    q.addBindValue(action);
    q.addBindValue(object);
    q.addBindValue(details);
    if (!q.exec())
        return Error(tr("Cannot write the audit log of workspace '%1': %2").arg(m_path, describe(q.lastError())));
    return {};
}

Result<QList<AuditEntry>> Workspace::auditLog(int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connectionName));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, user, action, object, details FROM audit_log ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return Error(tr("Cannot read the audit log of workspace '%1': %2").arg(m_path, describe(q.lastError())));
    QList<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.user = q.value(2).toString();
        e.action = q.value(3).toString();
        e.object = q.value(4).toString();
        e.details = q.value(5).toString();
        entries.append(e);
    }
    return entries;
}

} // namespace miq
