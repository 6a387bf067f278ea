#pragma once

// What `jobs` shares between its files: the column mapping options of `jobs add` and `jobs edit`,
// and how a job is shown.

#include "app/cli/clicommand.h"
#include "app/cli/clicontext.h"
#include "engine/sync/jobstore.h"

#include <QJsonObject>

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace miq {

class JobMappingCli
{
    Q_DECLARE_TR_FUNCTIONS(JobMappingCli)

public:
    // --map, --exclude, --cast, --constant, --mask, --add-run-id, --add-loaded-at; with `edit` also
    // --include, --reset-mapping, --no-run-id, --no-loaded-at.
    static QList<QCommandLineOption> options(bool edit);

    // Whether the invocation changes the mapping's column list. A job whose mapping lists no
    // columns copies every source column as is; the first change lists them all (from
    // `sourceColumns`) so that one column can be renamed or dropped without naming the others.
    static bool changesColumns(const CliInvocation &invocation, bool edit);
    static bool listsSourceColumns(const JobMapping &mapping);

    // Applies the options; false after printing a usage error.
    static bool apply(CliContext &context, const CliInvocation &invocation, bool edit, JobMapping &mapping,
                      const QList<ColumnInfo> &sourceColumns, const QString &sourceLabel);

    // Names of the target columns the mapping produces ("" when it copies every column as is).
    static QStringList targetNames(const JobMapping &mapping);
    // The mapping as a table for `jobs show`.
    static QString text(const JobMapping &mapping, int width);
};

class JobView
{
    Q_DECLARE_TR_FUNCTIONS(JobView)

public:
    static constexpr int runsShown = 5; // by `jobs show`

    // "crm:orders", "/data/people.csv"
    static QString sourceText(CliContext &context, const JobDefinition &job);
    // "table 'staff' in /data/out.sqlite", "/data/out.csv"
    static QString destinationText(CliContext &context, const JobDefinition &job);
    static QString modeText(const JobDefinition &job);
    static QString errorPolicyText(const ErrorPolicy &errors);
    // The definition as the workspace stores it, with the job's id, times and its last run.
    static QJsonObject json(CliContext &context, const JobRecord &job, const QList<RunRecord> &runs);
    // Prints job `id` with its last runs as the output mode wants it.
    static void print(CliContext &context, JobStore &store, qint64 id);
};

} // namespace miq
