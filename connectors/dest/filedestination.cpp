#include "connectors/dest/filedestination.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <filesystem>
#include <system_error>

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace miq {

namespace {

// Rows are formatted into one buffer and written when it holds this much: few, large writes.
constexpr std::size_t flushBytes = std::size_t(4) << 20;
constexpr qint64 copyChunkBytes = qint64(4) << 20;

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

// Data reaches the disk, not just the OS cache: what a checkpoint promises must survive a power cut.
bool syncToDisk(QFile &file)
{
#if defined(Q_OS_WIN)
    return ::_commit(file.handle()) == 0;
#elif defined(Q_OS_MACOS)
    return ::fcntl(file.handle(), F_FULLFSYNC) == 0 || ::fsync(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

// A rename is durable once the directory entry is: fsync the directory (POSIX; Windows has no
// such handle and MoveFileEx is durable enough there).
void syncDirectoryOf(const QString &path)
{
#if !defined(Q_OS_WIN)
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path);
#endif
}

// Atomically replaces `to` with `from` (rename(2) / MoveFileEx with REPLACE_EXISTING).
QString renameOver(const QString &from, const QString &to)
{
    std::error_code ec;
    std::filesystem::rename(fsPath(from), fsPath(to), ec);
    return ec ? QString::fromLocal8Bit(ec.message()) : QString();
}

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

FileDestination::FileDestination(QString path)
    : m_path(std::move(path))
{}

FileDestination::~FileDestination()
{
    // Without finish() or abort() this is an interruption: keep the partial file and the sidecar
    // for resuming, and drop the rows still in the buffer (they were never committed).
    m_partial.close();
}

QString FileDestination::partialPath(const QString &path)
{
    return path + u".miq-partial"_s;
}

QString FileDestination::checkpointPath(const QString &path)
{
    return path + u".miq-checkpoint"_s;
}

QString FileDestination::targetName() const
{
    return QDir::toNativeSeparators(m_path);
}

Error FileDestination::writeError(const QString &cause) const
{
    return Error(tr("Cannot write '%1': %2").arg(targetName(), cause));
}

Status FileDestination::checkReadable() const
{
    if (m_running)
        return Error(tr("Cannot read '%1' back: its run has not finished.").arg(targetName()));
    if (m_spec.columns.isEmpty())
        return Error(tr("Cannot read '%1' back: no run has written it.").arg(targetName()));
    return {};
}

Result<QByteArray> FileDestination::begin(const TargetSpec &spec, const QString &runId, bool resume)
{
    if (m_running)
        return Error(tr("Cannot start run '%1' on '%2': run '%3' is still writing it.")
                         .arg(runId, targetName(), m_runId));
    if (spec.mode == WriteMode::Upsert)
        return writeError(tr("%1 files cannot be upserted (there is no key to look rows up by); "
                             "use replace or append.")
                              .arg(formatName()));
    if (spec.columns.isEmpty())
        return writeError(tr("the target has no columns."));
    QSet<QString> names;
    for (const TargetColumn &column : spec.columns) {
        if (names.contains(column.name))
            return writeError(tr("column '%1' appears twice.").arg(column.name));
        names.insert(column.name);
    }
    if (QFileInfo(m_path).isDir())
        return writeError(tr("it is a directory."));

    m_spec = spec;
    m_runId = runId;
    m_failed = false;
    m_buffer.clear();
    m_buffer.reserve(flushBytes + (flushBytes >> 2));
    prepare();
    if (resume)
        return resumeRun();
    if (Status started = startRun(); !started)
        return Error(started.error());
    return QByteArray();
}

Result<QByteArray> FileDestination::resumeRun()
{
    m_partial.close();
    Result<SavedState> state = loadState();
    if (!state)
        return Error(state.error());
    if (state->runId != m_runId) { // nothing this run committed survives: start it over
        if (Status started = startRun(); !started)
            return Error(started.error());
        return QByteArray();
    }
    if (state->mode != writeModeName(m_spec.mode))
        return writeError(tr("run '%1' was started in %2 mode and cannot resume in %3 mode.")
                              .arg(m_runId, state->mode, writeModeName(m_spec.mode)));
    // An interrupted finish() may have appended part of the rows already: undo that first.
    if (state->appendTo >= 0) {
        if (Status cut = cutTarget(state->appendTo); !cut)
            return Error(cut.error());
    }
    const QString partial = partialPath(m_path);
    if (!QFileInfo::exists(partial) || QFileInfo(partial).size() < state->partialBytes) {
        // The committed rows are gone (partial file deleted or damaged): redo the whole run.
        if (Status started = startRun(); !started)
            return Error(started.error());
        return QByteArray();
    }
    m_partial.setFileName(partial);
    if (!m_partial.open(QIODevice::ReadWrite | QIODevice::Unbuffered))
        return writeError(tr("cannot open '%1': %2").arg(fileName(partial), m_partial.errorString()));
    // Rows written after the last commit are cut off here: the caller re-sends them.
    if (!m_partial.resize(state->partialBytes) || !m_partial.seek(state->partialBytes)) {
        const QString cause = m_partial.errorString();
        m_partial.close();
        return writeError(tr("cannot truncate '%1': %2").arg(fileName(partial), cause));
    }
    m_appendTo = state->appendTo;
    m_rows = state->rows;
    m_running = true;
    return state->checkpoint;
}

Status FileDestination::startRun()
{
    m_partial.close();
    const QString sidecar = checkpointPath(m_path);
    if (QFileInfo::exists(sidecar) && !QFile::remove(sidecar))
        return writeError(tr("cannot remove the old checkpoint '%1'.").arg(fileName(sidecar)));

    m_appendTo = -1;
    bool needsNewline = false;
    if (m_spec.mode == WriteMode::Append && QFileInfo::exists(m_path)) {
        QFile existing(m_path);
        if (!existing.open(QIODevice::ReadOnly))
            return Error(tr("Cannot append to '%1': %2").arg(targetName(), existing.errorString()));
        if (existing.size() > 0) {
            if (Status appendable = checkAppendable(); !appendable)
                return appendable;
            char last = 0;
            if (!existing.seek(existing.size() - 1) || existing.read(&last, 1) != 1)
                return Error(tr("Cannot append to '%1': %2").arg(targetName(), existing.errorString()));
            needsNewline = last != '\n';
            m_appendTo = existing.size();
        }
    }

    const QString partial = partialPath(m_path);
    m_partial.setFileName(partial);
    if (!m_partial.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return writeError(tr("cannot create '%1': %2").arg(fileName(partial), m_partial.errorString()));
    if (m_appendTo < 0)
        appendPreamble(m_buffer);
    else if (needsNewline) // the last record of the file was not terminated: do not glue onto it
        m_buffer.push_back('\n');
    m_rows = 0;
    m_running = true;
    // Record the target's original size before anything can be appended to it.
    Status saved = flushBuffer();
    if (saved)
        saved = syncPartial();
    if (saved)
        saved = saveState(QByteArray());
    if (!saved)
        closeAndDiscard();
    return saved;
}

Status FileDestination::write(const RecordBatch &batch)
{
    if (const QString refusal = writeRefusal(m_running, m_failed, batch, m_spec); !refusal.isEmpty())
        return writeError(refusal);
    // A batch that cannot be formatted leaves nothing behind: no half batch in the file.
    const std::size_t mark = m_buffer.size();
    if (Status formatted = appendRows(batch, m_buffer); !formatted) {
        m_buffer.resize(mark);
        return formatted;
    }
    m_rows += batch.rowCount;
    if (m_buffer.size() >= flushBytes) {
        if (Status flushed = flushBuffer(); !flushed) {
            m_failed = true;
            return flushed;
        }
    }
    return {};
}

Status FileDestination::commit(const QByteArray &checkpoint)
{
    if (const QString refusal = runRefusal(m_running, m_failed); !refusal.isEmpty())
        return writeError(refusal);
    Status done = flushBuffer();
    if (done)
        done = syncPartial();
    if (done)
        done = saveState(checkpoint);
    if (!done)
        m_failed = true;
    return done;
}

Status FileDestination::finish()
{
    if (const QString refusal = runRefusal(m_running, m_failed); !refusal.isEmpty())
        return writeError(refusal);
    Status done = flushBuffer();
    if (done)
        done = syncPartial();
    if (!done) {
        m_failed = true;
        return done;
    }
    m_partial.close();
    const QString partial = partialPath(m_path);
    if (m_appendTo < 0) {
        if (const QString cause = renameOver(partial, m_path); !cause.isEmpty()) {
            m_failed = true;
            return writeError(tr("cannot rename '%1' to it: %2").arg(fileName(partial), cause));
        }
    } else if (Status appended = appendPartialToTarget(); !appended) {
        m_failed = true;
        return appended;
    }
    syncDirectoryOf(m_path);
    // The target is complete; a leftover sidecar would only make a resume redo the finish.
    QFile::remove(checkpointPath(m_path));
    QFile::remove(partial);
    m_running = false;
    return {};
}

void FileDestination::abort()
{
    if (!m_running)
        return;
    if (m_appendTo >= 0)
        (void)cutTarget(m_appendTo); // a failed finish() may have appended part of the rows
    closeAndDiscard();
}

void FileDestination::closeAndDiscard()
{
    m_partial.close();
    QFile::remove(partialPath(m_path));
    QFile::remove(checkpointPath(m_path));
    m_buffer.clear();
    m_running = false;
}

Status FileDestination::flushBuffer()
{
    if (Status written = writeAll(m_partial, m_buffer.data(), qint64(m_buffer.size())); !written)
        return written;
    m_buffer.clear();
    return {};
}

Status FileDestination::writeAll(QFile &file, const char *data, qint64 size) const
{
    // A full disk (or a file size limit) first shows as a short write without an error; writing
    // the rest then fails with the cause (ENOSPC, EFBIG) that the message must name.
    while (size > 0) {
        const qint64 written = file.write(data, size);
        if (written <= 0) {
            const QString cause =
                file.error() != QFileDevice::NoError ? file.errorString() : qt_error_string(errno);
            return writeError(file.fileName() == m_path
                                  ? cause
                                  : tr("cannot write '%1': %2").arg(fileName(file.fileName()), cause));
        }
        data += written;
        size -= written;
    }
    return {};
}

Status FileDestination::syncPartial()
{
    if (!syncToDisk(m_partial))
        return writeError(qt_error_string(errno));
    return {};
}

Status FileDestination::saveState(const QByteArray &checkpoint)
{
    QJsonObject state;
    state.insert(u"format"_s, u"migrateiq-file-checkpoint"_s);
    state.insert(u"version"_s, 1);
    state.insert(u"runId"_s, m_runId);
    state.insert(u"mode"_s, writeModeName(m_spec.mode));
    state.insert(u"partialBytes"_s, m_partial.size());
    state.insert(u"rows"_s, m_rows);
    state.insert(u"appendTo"_s, m_appendTo);
    state.insert(u"checkpoint"_s, QString::fromLatin1(checkpoint.toBase64()));
    const QByteArray json = QJsonDocument(state).toJson(QJsonDocument::Compact);

    const QString sidecar = checkpointPath(m_path);
    const QString temporary = sidecar + u".tmp"_s;
    QFile file(temporary);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered))
        return writeError(tr("cannot create '%1': %2").arg(fileName(temporary), file.errorString()));
    Status written = writeAll(file, json.constData(), json.size());
    if (written && !syncToDisk(file))
        written = writeError(tr("cannot write '%1': %2").arg(fileName(temporary), qt_error_string(errno)));
    if (!written) {
        file.close();
        QFile::remove(temporary);
        return written;
    }
    file.close();
    if (const QString cause = renameOver(temporary, sidecar); !cause.isEmpty()) {
        QFile::remove(temporary);
        return writeError(tr("cannot rename '%1': %2").arg(fileName(temporary), cause));
    }
    syncDirectoryOf(sidecar);
    return {};
}

Result<FileDestination::SavedState> FileDestination::loadState() const
{
    const QString sidecar = checkpointPath(m_path);
    SavedState state;
    QFile file(sidecar);
    if (!file.exists())
        return state; // no run to resume
    const auto damaged = [&](const QString &cause) {
        return Error(tr("Cannot resume writing '%1': the checkpoint file '%2' is unusable (%3). Start the "
                        "run over instead of resuming it.")
                         .arg(targetName(), QDir::toNativeSeparators(sidecar), cause));
    };
    if (!file.open(QIODevice::ReadOnly))
        return damaged(file.errorString());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject json = document.object();
    if (parseError.error != QJsonParseError::NoError)
        return damaged(parseError.errorString());
    if (json.value(u"format"_s).toString() != u"migrateiq-file-checkpoint"_s
        || json.value(u"version"_s).toInt() != 1)
        return damaged(tr("unknown format"));
    state.runId = json.value(u"runId"_s).toString();
    state.mode = json.value(u"mode"_s).toString();
    state.partialBytes = json.value(u"partialBytes"_s).toInteger(-1);
    state.rows = json.value(u"rows"_s).toInteger(-1);
    state.appendTo = json.value(u"appendTo"_s).toInteger(-2);
    const auto checkpoint = QByteArray::fromBase64Encoding(json.value(u"checkpoint"_s).toString().toLatin1(),
                                                           QByteArray::AbortOnBase64DecodingErrors);
    if (state.runId.isEmpty() || state.partialBytes < 0 || state.rows < 0 || state.appendTo < -1
        || !checkpoint)
        return damaged(tr("missing or invalid fields"));
    state.checkpoint = *checkpoint;
    return state;
}

Status FileDestination::cutTarget(qint64 size)
{
    QFile target(m_path);
    const qint64 current = target.size();
    if (current == size)
        return {};
    if (current < size)
        return writeError(tr("it was changed by another program during the run (it is shorter than "
                             "when the run started)."));
    if (!target.open(QIODevice::ReadWrite | QIODevice::Unbuffered) || !target.resize(size)
        || !syncToDisk(target))
        return writeError(target.errorString());
    return {};
}

Status FileDestination::appendPartialToTarget()
{
    if (Status cut = cutTarget(m_appendTo); !cut)
        return cut;
    QFile source(partialPath(m_path));
    if (!source.open(QIODevice::ReadOnly))
        return writeError(tr("cannot read '%1': %2").arg(fileName(source.fileName()), source.errorString()));
    QFile target(m_path);
    if (!target.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered))
        return writeError(target.errorString());
    QByteArray chunk;
    for (;;) {
        chunk = source.read(copyChunkBytes);
        if (chunk.isEmpty())
            break;
        if (Status written = writeAll(target, chunk.constData(), chunk.size()); !written)
            return written;
    }
    if (source.error() != QFileDevice::NoError)
        return writeError(tr("cannot read '%1': %2").arg(fileName(source.fileName()), source.errorString()));
    if (!syncToDisk(target))
        return writeError(qt_error_string(errno));
    return {};
}

} // namespace miq
