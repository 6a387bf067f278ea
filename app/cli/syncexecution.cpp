// Runs a sync job in the foreground for `sync` and `jobs run`: a progress line on a terminal,
// Ctrl-C (SIGINT/SIGTERM, or the Windows console's control events) stopping the run at its next
// checkpoint so that it can be resumed, and the summary at the end.

#include "app/cli/synccommand.h"
#include "app/cli/texttable.h"
#include "engine/sync/syncrun.h"

#include <QJsonArray>
#include <QLocale>

#include <atomic>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <csignal>
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace miq {

namespace {

constexpr int exitInterrupted = 130; // 128 + SIGINT, what shells report for a Ctrl-C

// Reached from the signal handler: only lock-free atomics and a message made beforehand.
std::atomic_bool *interruptFlag = nullptr;
QByteArray interruptMessage;
static_assert(std::atomic_bool::is_always_lock_free);

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr));
#else
    return isatty(STDERR_FILENO);
#endif
}

int stderrWidth()
{
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    if (ok && columns >= 20)
        return columns;
#ifdef Q_OS_WIN
    CONSOLE_SCREEN_BUFFER_INFO info;
    if (GetConsoleScreenBufferInfo(GetStdHandle(STD_ERROR_HANDLE), &info))
        return qMax(20, info.srWindow.Right - info.srWindow.Left + 1);
#else
    winsize size{};
    if (ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 20)
        return size.ws_col;
#endif
    return 80;
}

#ifdef Q_OS_WIN
BOOL WINAPI onConsoleControl(DWORD type)
{
    if (type != CTRL_C_EVENT && type != CTRL_BREAK_EVENT && type != CTRL_CLOSE_EVENT)
        return FALSE;
    if (interruptFlag)
        interruptFlag->store(true);
    DWORD written = 0;
    WriteFile(GetStdHandle(STD_ERROR_HANDLE), interruptMessage.constData(), DWORD(interruptMessage.size()),
              &written, nullptr);
    return TRUE;
}
#else
extern "C" void onInterruptSignal(int)
{
    if (interruptFlag)
        interruptFlag->store(true);
    if (::write(STDERR_FILENO, interruptMessage.constData(), size_t(interruptMessage.size())) < 0) {
        // Nothing to do about it inside a signal handler.
    }
}
#endif

// Routes Ctrl-C to the run's interrupt flag while it lives. On POSIX the handler is installed with
// SA_RESETHAND: a second Ctrl-C ends the process at once, which is safe too - the run is then
// resumed from its last checkpoint, as after a crash.
class InterruptGuard
{
    Q_DISABLE_COPY_MOVE(InterruptGuard)

public:
    InterruptGuard(std::atomic_bool *flag, const QString &message)
    {
        interruptMessage = (QLatin1Char('\n') + message + QLatin1Char('\n')).toUtf8();
        interruptFlag = flag;
#ifdef Q_OS_WIN
        SetConsoleCtrlHandler(onConsoleControl, TRUE);
#else
        struct sigaction action = {};
        action.sa_handler = onInterruptSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESETHAND | SA_RESTART;
        sigaction(SIGINT, &action, &m_oldInt);
        sigaction(SIGTERM, &action, &m_oldTerm);
#endif
    }

    ~InterruptGuard()
    {
#ifdef Q_OS_WIN
        SetConsoleCtrlHandler(onConsoleControl, FALSE);
#else
        sigaction(SIGINT, &m_oldInt, nullptr);
        sigaction(SIGTERM, &m_oldTerm, nullptr);
#endif
        interruptFlag = nullptr;
    }

private:
#ifndef Q_OS_WIN
    struct sigaction m_oldInt = {};
    struct sigaction m_oldTerm = {};
#endif
};

// The single updating line on a terminal's standard error.
class ProgressLine
{
    Q_DECLARE_TR_FUNCTIONS(ProgressLine)

public:
    explicit ProgressLine(bool enabled)
        : m_enabled(enabled)
        , m_width(enabled ? stderrWidth() : 80)
    {}
    ~ProgressLine() { clear(); }

    void show(const RunProgress &p)
    {
        if (!m_enabled)
            return;
        const QLocale locale;
        const bool sized = p.bytesTotal > 0 && p.bytesRead >= 0;
        const bool done = sized && p.bytesRead >= p.bytesTotal; // finishing, verifying: no rate or ETA
        QStringList parts;
        if (p.rowsRead > 0 || !sized) // the type inference pass counts no rows
            parts << tr("%1 read").arg(locale.toString(p.rowsRead))
                  << tr("%1 written").arg(locale.toString(p.rowsWritten));
        if (p.rowsQuarantined > 0)
            parts << tr("%1 quarantined").arg(locale.toString(p.rowsQuarantined));
        if (p.rowsPerSecond > 0 && !done)
            parts << tr("%1 rows/s").arg(locale.toString(qint64(p.rowsPerSecond)));
        if (sized)
            parts << QStringLiteral("%1%").arg(qMin<qint64>(100, p.bytesRead * 100 / p.bytesTotal));
        if (p.etaSeconds >= 0 && !done) {
            const qint64 s = qint64(p.etaSeconds + 0.5);
            parts << tr("ETA %1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
        }
        const QString text =
            TextTable::clip(p.phase + QStringLiteral(": ") + parts.join(QStringLiteral(", ")), m_width - 1);
        const int width = TextTable::displayWidth(text);
        write(QLatin1Char('\r') + text + QString(qMax(0, m_shown - width), QLatin1Char(' ')));
        m_shown = width;
    }

    void clear()
    {
        if (m_enabled && m_shown > 0)
            write(QLatin1Char('\r') + QString(m_shown, QLatin1Char(' ')) + QLatin1Char('\r'));
        m_shown = 0;
    }

private:
    static void write(const QString &text)
    {
        const QByteArray bytes = text.toUtf8();
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
        std::fflush(stderr);
    }

    bool m_enabled;
    int m_width;
    int m_shown = 0;
};

} // namespace

int SyncCli::execute(CliContext &context, const JobDefinition &job, const SyncSource &source,
                     SyncSource destination, const RunOptions &options, const QString &resumeHint)
{
    ExitCode failure = ExitCode::Ok;
    if (!connect(context, destination, &failure))
        return code(failure);
    auto store = openStore(context, &failure);
    if (!store)
        return code(failure);

    // Said before the run starts, so that a long resumed run is not mistaken for a fresh one.
    std::optional<RunRecord> interrupted;
    if (Status marked = store->markInterruptedRuns(); !marked) {
        context.out().error(marked.error());
        return code(ExitCode::Failure);
    }
    if (auto found = store->interruptedRun(job); found)
        interrupted = *found;
    else
        context.out().warning(found.error());
    const QLocale locale;
    if (interrupted && !options.full)
        context.out().note(
            tr("resuming interrupted run #%1 from its last checkpoint (%2 rows were done); --full "
               "starts over")
                .arg(interrupted->id)
                .arg(locale.toString(interrupted->rowsRead)));
    if (interrupted && options.full)
        context.out().note(
            tr("starting over (--full); interrupted run #%1 is marked cancelled").arg(interrupted->id));

    RunRequest request;
    request.workspacePath = store->workspace().path();
    request.job = job;
    request.sourceType = source.typeId;
    request.source = source.settings;
    request.destination = {destination.typeId, destination.settings};
    request.full = options.full;
    request.retryOf = options.retryOf;
    request.commitEveryRows = options.checkpointRows;

    RunControls controls;
    Result<RunRecord> result = Error(QString());
    {
        ProgressLine progress(stderrIsTerminal());
        const InterruptGuard guard(
            &controls.interrupt,
            context.out().redact(tr("migrateiq-cli: stopping at the next checkpoint; the run "
                                    "stays resumable (press Ctrl-C again to quit at once)")));
        SyncRun run(std::move(request), &controls, [&progress](const RunProgress &p) { progress.show(p); });
        result = run.execute();
    }
    if (!result) {
        context.out().error(tr("Cannot record the run of '%1' in workspace '%2': %3")
                                .arg(job.name, store->workspace().path(), result.error()));
        return code(ExitCode::Failure);
    }

    const RunRecord &record = *result;
    const bool resumed = interrupted && !options.full && interrupted->id == record.id;
    const QHash<qint64, QString> names = jobNames(*store);
    if (context.out().json()) {
        QJsonObject summary = runJson(record, names);
        summary.insert(QStringLiteral("resumed"), resumed);
        context.out().printJson(summary);
    } else {
        context.out().print(runText(record, names, resumed));
    }

    switch (record.status) {
    case RunStatus::Succeeded:
        return code(ExitCode::Ok);
    case RunStatus::Interrupted:
    case RunStatus::Cancelled:
        context.out().note(
            tr("run #%1 was interrupted after %2 rows; to resume it from its last checkpoint, %3.")
                .arg(record.id)
                .arg(locale.toString(record.rowsRead))
                .arg(resumeHint));
        return exitInterrupted;
    default:
        context.out().error(
            tr("Run #%1 of '%2' failed: %3")
                .arg(record.id)
                .arg(jobOfRun(record, names), record.error.isEmpty() ? tr("(no message)") : record.error));
        return code(ExitCode::Failure);
    }
}

} // namespace miq
