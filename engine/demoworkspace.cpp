#include "engine/demoworkspace.h"

#include "engine/workspace.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace miq {

namespace {

Status copySample(const QString &from, const QString &to)
{
    if (QFile::exists(to))
        return {};
    QFile source(from);
    if (!source.copy(to))
        return Error(DemoWorkspace::tr("Cannot copy the sample '%1' to '%2': %3").arg(from, to, source.errorString()));
    QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return {};
}

// Builds the sample SQLite database from its SQL script.
Status createShopDatabase(const QString &script, const QString &target)
{
    if (QFile::exists(target))
        return {};
    QFile file(script);
    if (!file.open(QIODevice::ReadOnly))
        return Error(DemoWorkspace::tr("Cannot read the sample '%1': %2").arg(script, file.errorString()));
    const QStringList statements = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QString connection = QStringLiteral("miq-demo-shop");
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(target);
        if (!db.open()) {
            status = Error(DemoWorkspace::tr("Cannot create '%1': %2").arg(target, db.lastError().text()));
        } else {
            db.transaction();
            QSqlQuery q(db);
            for (const QString &statement : statements) {
                if (!q.exec(statement)) {
                    status = Error(DemoWorkspace::tr("Cannot create '%1': %2").arg(target, q.lastError().text()));
                    break;
                }
            }
            if (status)
                db.commit();
            else
                db.rollback();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!status)
        QFile::remove(target);
    return status;
}

} // namespace

Result<QString> DemoWorkspace::ensure(const QString &samplesDir, const QString &targetDir)
{
    if (!QDir().mkpath(targetDir))
        return Error(tr("Cannot create the folder '%1' for the demo workspace.").arg(targetDir));
    const QDir samples(samplesDir);
    const QDir target(targetDir);
    const QString path = target.filePath(QStringLiteral("demo.miq"));
    const bool existed = QFile::exists(path);

    for (const char *name : {"customers.csv", "orders.json", "events.ndjson"}) {
        const QString file = QString::fromLatin1(name);
        if (Status s = copySample(samples.filePath(file), target.filePath(file)); !s)
            return Error(s.error());
    }
    if (Status s = createShopDatabase(samples.filePath(QStringLiteral("shop.sql")), target.filePath(QStringLiteral("shop.sqlite"))); !s)
        return Error(s.error());

    auto workspace = Workspace::open(path);
    if (!workspace)
        return Error(workspace.error());
    if (existed)
        return path;

    struct Demo
    {
        QString name;
        QString type;
        QVariantMap settings;
    };
    const QList<Demo> demos = {
        {tr("Customers (CSV)"), QStringLiteral("csv"), {{QStringLiteral("path"), target.filePath(QStringLiteral("customers.csv"))}}},
        {tr("Orders (JSON)"), QStringLiteral("json"), {{QStringLiteral("path"), target.filePath(QStringLiteral("orders.json"))}}},
        {tr("App events (NDJSON)"), QStringLiteral("json"), {{QStringLiteral("path"), target.filePath(QStringLiteral("events.ndjson"))}}},
        {tr("Shop database (SQLite)"), QStringLiteral("sqlite"),
         {{QStringLiteral("path"), target.filePath(QStringLiteral("shop.sqlite"))},
          {QStringLiteral("query"), QStringLiteral("SELECT country, sum(units) AS units FROM stock_by_country GROUP BY country")}}},
    };
    for (const Demo &demo : demos) {
        SourceRecord source;
        source.name = demo.name;
        source.typeId = demo.type;
        source.settings = demo.settings;
        if (auto added = (*workspace)->addSource(source); !added)
            return Error(added.error());
    }
    return path;
}

} // namespace miq
