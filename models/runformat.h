#pragma once

#include "engine/sync/jobstore.h"
#include "engine/sync/syncrun.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace miq {

// How runs read in the jobs pane: durations, rates, verification results and live progress,
// shared by the jobs and runs models and the run details so the same number reads alike.
class RunFormat
{
    Q_DECLARE_TR_FUNCTIONS(RunFormat)

public:
    static QString duration(double seconds);   // "0.4 s", "12 s", "3:05", "1:02:03"
    static QString rate(double rowsPerSecond); // "12,345 rows/s"
    static QString count(qint64 value);        // "1,234,567" in the user's locale
    static QString bytes(qint64 value);        // "12.3 MB"
    // A compact local time for lists: the time alone today, else the date and the time.
    static QString when(const QDateTime &at);
    // Total seconds of a run: what its phases took (resumes included), else wall time.
    static double runSeconds(const RunRecord &run);
    static double throughput(const RunRecord &run); // rows read per second, 0 when unknown
    // "verified", "mismatch", or empty when the run was not verified.
    static QString verificationStatus(const RunRecord &run);
    static QString verificationText(const RunRecord &run); // translated, with the differing columns
    static QStringList mismatchedColumns(const RunRecord &run);
    // One line of live progress, most telling first: "42% · 4,000 rows/s · 12 s left · Copying rows",
    // "12,345 rows · 4,000 rows/s · Copying rows" when the size is unknown, "Paused · 42%".
    static QString progress(const RunProgress &progress, bool paused);
    // Share of the work done, 0..1, or -1 when the size is unknown.
    static double fraction(const RunProgress &progress);
};

} // namespace miq
