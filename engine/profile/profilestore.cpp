#include "engine/profile/profilestore.h"

#include "engine/profile/profilejson.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace miq {

namespace {

const char recordColumns[] = "SELECT id, source_id, source_path, stream, profiled_at, sampled, rows, columns, "
                             "quality, alerts, seconds FROM profiles ";

ProfileRecord recordFromQuery(const QSqlQuery &q)
{
    ProfileRecord r;
    r.id = q.value(0).toLongLong();
    r.subject.sourceId = q.value(1).toLongLong();
    r.subject.filePath = q.value(2).toString();
    r.subject.stream = q.value(3).toString();
    r.profiledAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
    r.sampled = q.value(5).toBool();
    r.rows = q.value(6).toLongLong();
    r.columns = q.value(7).toInt();
    if (!q.value(8).isNull())
        r.quality = q.value(8).toDouble();
    r.alerts = q.value(9).toInt();
    r.seconds = q.value(10).toDouble();
    return r;
}

QString sqlError(const QSqlQuery &q)
{
    return q.lastError().text();
}

QString subjectName(const ProfileSubject &s)
{
    return s.sourceId > 0 ? ProfileStore::tr("'%1' of source #%2").arg(s.stream).arg(s.sourceId)
                          : ProfileStore::tr("'%1' of file '%2'").arg(s.stream, s.filePath);
}

} // namespace

ProfileStore::ProfileStore(Workspace *workspace)
    : m_workspace(workspace)
{}

ProfileStore::~ProfileStore() = default;

Result<std::unique_ptr<ProfileStore>> ProfileStore::open(const QString &workspacePath)
{
    auto ws = Workspace::open(workspacePath, Workspace::OpenMode::MustExist);
    if (!ws)
        return Error(ws.error());
    auto store = std::make_unique<ProfileStore>(ws->get());
    store->m_owned = std::move(*ws);
    return store;
}

QString ProfileStore::maskUrlPasswords(const QString &text)
{
    // scheme://user:password@host -> scheme://user:***@host
    static const QRegularExpression userinfo(QStringLiteral("(\\b[a-zA-Z][a-zA-Z0-9+.-]*://[^/:@\\s]*:)[^/@\\s]+@"));
    QString masked = text;
    masked.replace(userinfo, QStringLiteral("\\1***@"));
    return masked;
}

Result<qint64> ProfileStore::save(const ProfileSubject &subject, const DatasetProfile &profile)
{
    if (!subject.isValid())
        return Error(tr("Cannot save the profile of '%1': it names neither a source and stream nor a file.")
                         .arg(profile.stream));
    DatasetProfile stored = profile;
    stored.sourceName = maskUrlPasswords(stored.sourceName);
    stored.stream = maskUrlPasswords(stored.stream);
    const QString filePath = maskUrlPasswords(subject.filePath);
    const QDateTime at = (stored.profiledAt.isValid() ? stored.profiledAt : QDateTime::currentDateTimeUtc()).toUTC();
    stored.profiledAt = at;
    const QByteArray json = QJsonDocument(profileToJson(stored)).toJson(QJsonDocument::Compact);

    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.prepare(QStringLiteral("INSERT INTO profiles(source_id, source_path, stream, profiled_at, sampled, rows, "
                             "columns, quality, alerts, seconds, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(subject.sourceId > 0 ? QVariant(subject.sourceId) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(subject.sourceId > 0 ? QString(QLatin1String("")) : filePath);
    q.addBindValue(subject.stream);
    q.addBindValue(at.toString(Qt::ISODateWithMs));
    q.addBindValue(stored.sampled);
    q.addBindValue(stored.rows);
    q.addBindValue(int(stored.columns.size()));
    q.addBindValue(stored.qualityOverall ? QVariant(*stored.qualityOverall) : QVariant(QMetaType::fromType<double>()));
    q.addBindValue(int(stored.alerts.size()));
    q.addBindValue(stored.seconds);
    q.addBindValue(QString::fromUtf8(json));
    if (!q.exec()) {
        if (sqlError(q).contains(QLatin1String("FOREIGN KEY")))
            return Error(tr("Cannot save the profile of %1: the source no longer exists.").arg(subjectName(subject)));
        return Error(tr("Cannot save the profile of %1 in workspace '%2': %3")
                         .arg(subjectName(subject), m_workspace->path(), sqlError(q)));
    }
    return q.lastInsertId().toLongLong();
}

Result<QList<ProfileRecord>> ProfileStore::history(const ProfileSubject &subject, int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.setForwardOnly(true);
    if (subject.sourceId > 0) {
        q.prepare(QLatin1String(recordColumns)
                  + QStringLiteral("WHERE source_id = ? AND stream = ? ORDER BY profiled_at DESC, id DESC LIMIT ?"));
        q.addBindValue(subject.sourceId);
    } else {
        q.prepare(QLatin1String(recordColumns)
                  + QStringLiteral("WHERE source_id IS NULL AND source_path = ? AND stream = ? "
                                   "ORDER BY profiled_at DESC, id DESC LIMIT ?"));
        q.addBindValue(maskUrlPasswords(subject.filePath));
    }
    q.addBindValue(subject.stream);
    q.addBindValue(limit);
    if (!q.exec())
        return Error(tr("Cannot read the profiles of %1: %2").arg(subjectName(subject), sqlError(q)));
    QList<ProfileRecord> list;
    while (q.next())
        list.append(recordFromQuery(q));
    return list;
}

Result<ProfileRecord> ProfileStore::record(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.prepare(QLatin1String(recordColumns) + QStringLiteral("WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error(tr("Cannot read profile #%1: %2").arg(id).arg(sqlError(q)));
    if (!q.next())
        return Error(tr("There is no profile #%1 in this workspace.").arg(id));
    return recordFromQuery(q);
}

Result<DatasetProfile> ProfileStore::load(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT json FROM profiles WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error(tr("Cannot read profile #%1: %2").arg(id).arg(sqlError(q)));
    if (!q.next())
        return Error(tr("There is no profile #%1 in this workspace.").arg(id));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(q.value(0).toString().toUtf8(), &parseError);
    if (!doc.isObject())
        return Error(tr("Profile #%1 is damaged: %2").arg(id).arg(parseError.errorString()));
    auto profile = profileFromJson(doc.object());
    if (!profile)
        return Error(tr("Profile #%1 is damaged: %2").arg(id).arg(profile.error()));
    return profile;
}

Status ProfileStore::remove(qint64 id)
{
    QSqlQuery q(QSqlDatabase::database(m_workspace->connectionName()));
    q.prepare(QStringLiteral("DELETE FROM profiles WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return Error(tr("Cannot remove profile #%1: %2").arg(id).arg(sqlError(q)));
    if (q.numRowsAffected() == 0)
        return Error(tr("There is no profile #%1 in this workspace.").arg(id));
    return {};
}

} // namespace miq
