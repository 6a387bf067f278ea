#pragma once

#include "connectors/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <memory>

namespace miq {

struct SourceRecord
{
    enum class Status { Untested, Ok, Failing };

    qint64 id = 0;
    QString name;
    QString typeId;
    QVariantMap settings;   // non-secret values only
    QStringList secretKeys; // which secret fields were given (names only, never values)
    Status status = Status::Untested;
    QString statusMessage;
    QDateTime checkedAt;
    QDateTime createdAt;
    QDateTime updatedAt;
};

QString sourceStatusName(SourceRecord::Status status);

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString user;
    QString action; // "source.add", "source.update", "source.remove", "workspace.create", ...
    QString object; // e.g. "source 'Sales DB' (#3)"
    QString details; // JSON without secrets
};

// A workspace: one SQLite file (*.miq) in WAL mode holding the catalog of sources and the audit
// log. Lives on one thread (its QSqlDatabase connection is named after this instance).
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    static constexpr int CurrentSchemaVersion = 4;
    static constexpr int ApplicationId = 0x4D495121; // "MIQ!"

    enum class OpenMode { CreateIfMissing, MustExist };

    // Opens (and if needed creates or migrates) a workspace. A corrupt, locked, read-only,
    // foreign or newer-version file gives a clear error and is left untouched.
    static Result<std::unique_ptr<Workspace>> open(const QString &path,
                                                   OpenMode mode = OpenMode::CreateIfMissing);
    // For migration tests: creates a workspace at an older schema version.
    static Status createAtVersion(const QString &path, int version);

    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    QString path() const { return m_path; }
    QString id() const { return m_id; } // stable UUID, keys the workspace's secrets
    // The Qt Sql connection of this instance, for catalog classes on the same thread.
    QString connectionName() const { return m_connectionName; }
    int schemaVersion() const;
    // Random bytes made once per workspace: the salt of hashed (masked) columns, so the same value
    // hashes alike within a workspace and differently across workspaces.
    Result<QByteArray> maskSalt();

    Result<QList<SourceRecord>> sources() const;
    Result<SourceRecord> source(qint64 id) const;
    Result<SourceRecord> sourceByName(const QString &name) const;
    // A name not used yet, based on `base`: "Sales", "Sales (2)", ...
    QString uniqueSourceName(const QString &base) const;

    Result<qint64> addSource(const SourceRecord &source);
    Status updateSource(const SourceRecord &source);
    Status removeSource(qint64 id);
    Status setSourceStatus(qint64 id, SourceRecord::Status status, const QString &message);

    Result<QList<AuditEntry>> auditLog(int limit = 200) const;

private:
    Workspace(QString path, QString connectionName);
    Status audit(const QString &action, const QString &object, const QString &details);

    QString m_path;
    QString m_connectionName;
    QString m_id;
};

} // namespace miq
