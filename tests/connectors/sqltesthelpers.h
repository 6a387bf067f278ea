#pragma once

// Helpers shared by the database connector tests (tst_sqliteconnector, tst_postgresconnector).

#include "connectors/connector.h"

#include <QDateTime>
#include <QFile>
#include <QMetaType>
#include <QStringList>

Q_DECLARE_METATYPE(miq::ColumnType)

namespace SqlTest {

using namespace Qt::StringLiterals;

struct ReadResult
{
    QList<miq::RecordBatch> batches;
    QList<miq::BadRecord> badRecords;
    QString error; // of openStream() or the first failing next()
    qint64 rows = 0;
};

// Reads a whole stream, keeping every batch and bad record.
inline ReadResult readAll(miq::Connector &connector, const QString &stream,
                          const miq::ReadOptions &options = {})
{
    ReadResult result;
    miq::Result<std::unique_ptr<miq::StreamReader>> reader = connector.openStream(stream, options);
    if (!reader) {
        result.error = reader.error();
        return result;
    }
    for (;;) {
        miq::RecordBatch batch;
        miq::Result<bool> more = (*reader)->next(batch);
        result.badRecords += (*reader)->takeBadRecords();
        if (!more) {
            result.error = more.error();
            break;
        }
        if (!*more)
            break;
        result.rows += batch.rowCount;
        result.batches.append(std::move(batch));
    }
    return result;
}

inline int columnIndex(const miq::RecordBatch &batch, const QString &name)
{
    for (std::size_t i = 0; i < batch.schema->size(); ++i)
        if ((*batch.schema)[i].name == name)
            return int(i);
    return -1;
}

inline QString text(const miq::RecordBatch &batch, int column, qint64 row)
{
    const std::string_view t = batch.columns[std::size_t(column)].text(row);
    return QString::fromUtf8(t.data(), qsizetype(t.size()));
}

inline QString text(const miq::RecordBatch &batch, const QString &column, qint64 row)
{
    return text(batch, columnIndex(batch, column), row);
}

// Expected values computed with QDate/QDateTime, independently of the connectors' own parsing.
inline qint64 micros(QDate date, QTime time, int extraMicros = 0)
{
    return QDateTime(date, time, Qt::UTC).toMSecsSinceEpoch() * 1000 + extraMicros;
}

inline qint64 days(QDate date)
{
    return date.toJulianDay() - QDate(1970, 1, 1).toJulianDay();
}

inline const miq::StreamInfo *findStream(const QList<miq::StreamInfo> &streams, const QString &name)
{
    for (const miq::StreamInfo &s : streams)
        if (s.name == name)
            return &s;
    return nullptr;
}

// Statements of a fixture under tests/data/sql/, each ending with ';' at the end of a line.
inline QStringList fixtureStatements(const QString &fileName)
{
    QFile file(QString::fromUtf8(MIQ_TEST_DATA_DIR) + u"/sql/"_s + fileName);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QStringList statements;
    QString current;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.trimmed().startsWith(u"--"_s))
            continue;
        current += line + u'\n';
        if (line.trimmed().endsWith(u';')) {
            statements << current.trimmed().chopped(1);
            current.clear();
        }
    }
    return statements;
}

} // namespace SqlTest
