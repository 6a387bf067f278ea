#pragma once

#include "connectors/result.h"
#include "engine/sync/mapping.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace miq {

// What to do with rows that cannot be read or converted.
struct ErrorPolicy
{
    bool stopOnFirst = false;  // fail the run at the first bad row (still quarantined)
    qint64 maxBadRows = -1;    // fail once more rows than this were quarantined (-1 = no limit)
    double maxBadPercent = -1; // fail when quarantined / read exceeds this percentage (-1 = no limit)
    // Sizes: by default the lengths and digits the data showed are not limits - text columns are
    // unbounded and decimals get 38 digits with the scale seen - so a later, longer value (an
    // appended run, a retry, a source that grew) widens into the column instead of being
    // quarantined. strictSizes declares the narrowest sizes and quarantines what does not fit.
    bool strictSizes = false;
};

// A sync job: one source stream into one destination. Saved in the workspace as JSON; a one-shot
// `migrateiq-cli sync` builds one without saving it.
struct JobDefinition
{
    Q_DECLARE_TR_FUNCTIONS(JobDefinition)

public:
    qint64 id = 0; // 0 = not saved
    QString name;

    qint64 sourceId = 0; // a source of the workspace ...
    QString sourcePath;  // ... or a file read with the connector its suffix implies
    QString stream;      // empty = the source's first stream

    QString destination; // destination file: .sqlite/.sqlite3/.db, .csv, .ndjson/.jsonl ...
    qint64 destinationSourceId = 0; // ... or a workspace source that can be written to (a database)
    QString table;       // target table for database destinations (default: the stream name)
    WriteMode mode = WriteMode::Replace;
    QStringList keyColumns;
    // Incremental: a column of the source whose values only grow (an id, an updated_at). Each run
    // then loads the rows from the largest value the previous runs loaded, inclusively, skipping
    // the rows with that value it already loaded (by key columns, else by the whole row).
    QString cursorColumn;

    JobMapping mapping;
    ErrorPolicy errors;

    QJsonObject toJson() const;
    static Result<JobDefinition> fromJson(const QJsonObject &json);
    // Problems a user must fix before the job can run (empty = runnable).
    QStringList validate() const;
};

} // namespace miq
