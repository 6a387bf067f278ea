#include "app/cli/secretinput.h"

#include <csignal>
#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

namespace miq {

namespace {

// A pasted certificate is the largest secret we expect; more input than this is a mistake
// (e.g. a data file piped by accident).
constexpr size_t maxInputBytes = 1 << 20;

#ifdef Q_OS_WIN
HANDLE consoleInput = nullptr;
DWORD savedConsoleMode = 0;
volatile LONG echoIsOff = 0;

BOOL WINAPI restoreEchoOnCtrl(DWORD)
{
    if (echoIsOff)
        SetConsoleMode(consoleInput, savedConsoleMode);
    return FALSE; // let the default handler end the process
}
#else
termios savedTerminal;
volatile std::sig_atomic_t echoIsOff = 0;

// Ctrl-C at a password prompt must not leave the user's terminal without echo.
extern "C" void restoreEchoAndReraise(int signalNumber)
{
    if (echoIsOff)
        tcsetattr(STDIN_FILENO, TCSANOW, &savedTerminal);
    std::signal(signalNumber, SIG_DFL);
    std::raise(signalNumber);
}
#endif

// Turns terminal echo off for its lifetime.
class EchoOff
{
public:
    EchoOff()
    {
#ifdef Q_OS_WIN
        consoleInput = GetStdHandle(STD_INPUT_HANDLE);
        if (GetConsoleMode(consoleInput, &savedConsoleMode)) {
            SetConsoleCtrlHandler(restoreEchoOnCtrl, TRUE);
            echoIsOff = 1;
            SetConsoleMode(consoleInput, savedConsoleMode & ~DWORD(ENABLE_ECHO_INPUT));
        }
#else
        if (tcgetattr(STDIN_FILENO, &savedTerminal) == 0) {
            m_oldInt = std::signal(SIGINT, restoreEchoAndReraise);
            m_oldTerm = std::signal(SIGTERM, restoreEchoAndReraise);
            m_oldHup = std::signal(SIGHUP, restoreEchoAndReraise);
            termios quiet = savedTerminal;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            quiet.c_lflag |= ECHONL;
            echoIsOff = 1;
            tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        }
#endif
    }
    ~EchoOff()
    {
        if (!echoIsOff)
            return;
#ifdef Q_OS_WIN
        SetConsoleMode(consoleInput, savedConsoleMode);
        SetConsoleCtrlHandler(restoreEchoOnCtrl, FALSE);
#else
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &savedTerminal);
        std::signal(SIGINT, m_oldInt);
        std::signal(SIGTERM, m_oldTerm);
        std::signal(SIGHUP, m_oldHup);
#endif
        echoIsOff = 0;
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
#ifndef Q_OS_WIN
    void (*m_oldInt)(int) = SIG_DFL;
    void (*m_oldTerm)(int) = SIG_DFL;
    void (*m_oldHup)(int) = SIG_DFL;
#endif
};

bool readLine(std::string &line)
{
    if (!std::getline(std::cin, line))
        return false;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return true;
}

} // namespace

bool SecretInput::stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin));
#else
    return isatty(STDIN_FILENO);
#endif
}

Result<SecretValues> SecretInput::read(const ConnectorSpec &spec, const QString &sourceName, const CliOutput &out)
{
    return stdinIsTerminal() ? prompt(spec, sourceName, out) : readLines(spec);
}

Result<SecretValues> SecretInput::prompt(const ConnectorSpec &spec, const QString &sourceName, const CliOutput &out)
{
    SecretValues values;
    for (const ConfigField &field : spec.fields) {
        if (!field.secret)
            continue;
        out.writeStderr(field.required
                            ? tr("%1 for source '%2' (%3): ").arg(field.label, sourceName, field.key)
                            : tr("%1 for source '%2' (%3, optional, Enter to skip): ").arg(field.label, sourceName, field.key));
        std::string line;
        bool gotLine = false;
        {
            EchoOff echoOff;
            gotLine = readLine(line);
        }
#ifdef Q_OS_WIN
        out.writeStderr(QStringLiteral("\n")); // the console does not echo the Enter either
#endif
        if (!gotLine) {
            out.writeStderr(QStringLiteral("\n"));
            break; // end of input (Ctrl-D): the remaining fields stay unset
        }
        const QString value = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
        if (!value.isEmpty())
            values.insert(field.key, value);
    }
    return values;
}

Result<SecretValues> SecretInput::readLines(const ConnectorSpec &spec)
{
    const QStringList secretKeys = spec.secretKeys();
    SecretValues values;
    qsizetype position = 0;
    size_t total = 0;
    std::string line;
    for (int lineNumber = 1; readLine(line); ++lineNumber) {
        total += line.size() + 1;
        if (total > maxInputBytes)
            return Error(tr("Standard input is larger than %1 bytes; it should hold one line per secret field.")
                             .arg(maxInputBytes));
        const QString text = QString::fromLocal8Bit(line.data(), qsizetype(line.size()));
        const qsizetype eq = text.indexOf(QLatin1Char('='));
        if (eq > 0) {
            const QString key = text.left(eq);
            if (secretKeys.contains(key)) {
                values.insert(key, text.mid(eq + 1));
                continue;
            }
            if (spec.field(key))
                return Error(tr("Line %1 of standard input sets '%2', which is not a secret field; give it "
                                "with --set %2=VALUE.")
                                 .arg(lineNumber)
                                 .arg(key));
        }
        if (position >= secretKeys.size()) {
            if (text.isEmpty())
                continue; // trailing blank lines are harmless
            return Error(tr("Line %1 of standard input is one line too many: the secret fields of %2 "
                            "sources are: %3.")
                             .arg(lineNumber)
                             .arg(spec.typeId, secretKeys.join(QStringLiteral(", "))));
        }
        if (!text.isEmpty())
            values.insert(secretKeys[position], text);
        ++position;
    }
    return values;
}

} // namespace miq
