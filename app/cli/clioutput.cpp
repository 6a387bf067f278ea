#include "app/cli/clioutput.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <sys/ioctl.h>
#include <unistd.h>
#endif

namespace miq {

namespace {

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

const QString programName = QStringLiteral("migrateiq-cli");

} // namespace

void CliOutput::print(const QString &text) const
{
    writeTo(stdout, text + QLatin1Char('\n'));
}

void CliOutput::printJson(const QJsonValue &value) const
{
    QByteArray bytes;
    if (value.isArray())
        bytes = QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
    else
        bytes = QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void CliOutput::error(const QString &message) const
{
    writeTo(stderr, tr("%1: error: %2").arg(programName, redact(message)) + QLatin1Char('\n'));
}

void CliOutput::warning(const QString &message) const
{
    writeTo(stderr, tr("%1: warning: %2").arg(programName, redact(message)) + QLatin1Char('\n'));
}

void CliOutput::note(const QString &message) const
{
    writeTo(stderr, tr("%1: %2").arg(programName, redact(message)) + QLatin1Char('\n'));
}

void CliOutput::writeStderr(const QString &text) const
{
    writeTo(stderr, text);
}

void CliOutput::addSecret(const QString &value)
{
    if (!value.isEmpty() && !m_secrets.contains(value)) {
        m_secrets.append(value);
        // Longest first, so that a secret containing another is replaced whole.
        std::sort(m_secrets.begin(), m_secrets.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
    }
}

QString CliOutput::redact(const QString &text) const
{
    QString result = text;
    for (const QString &secret : m_secrets)
        result.replace(secret, QStringLiteral("********"));
    return result;
}

int CliOutput::terminalWidth()
{
    bool ok = false;
    const int columns = qEnvironmentVariableIntValue("COLUMNS", &ok);
    if (ok && columns >= 20)
        return columns;
#ifdef Q_OS_WIN
    CONSOLE_SCREEN_BUFFER_INFO info;
    if (_isatty(_fileno(stdout)) && GetConsoleScreenBufferInfo(GetStdHandle(STD_OUTPUT_HANDLE), &info)) {
        const int width = info.srWindow.Right - info.srWindow.Left + 1;
        if (width >= 20)
            return width;
    }
#else
    winsize size{};
    if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col >= 20)
        return size.ws_col;
#endif
    return 120;
}

} // namespace miq
