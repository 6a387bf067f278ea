#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace miq {

// Errors are values: a Result carries either a value or a translated message that names the
// object and the underlying cause. Core code never shows dialogs; callers render the message.
//
// A transient error (a lost connection, a busy database, a server that said "try later") may
// succeed when tried again; sync runs retry them from their last checkpoint. Pass a Result's
// error on with failure() to keep that mark.
class Error
{
public:
    explicit Error(QString message, bool transient = false)
        : m_message(std::move(message))
        , m_transient(transient)
    {}
    static Error transient(QString message) { return Error(std::move(message), true); }
    const QString &message() const { return m_message; }
    bool isTransient() const { return m_transient; }

private:
    QString m_message;
    bool m_transient = false;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(error.message()), m_transient(error.isTransient()) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T &operator*() & { return *m_value; }
    const T &operator*() const & { return *m_value; }
    // By value on temporaries, so `auto x = *f();` never refers into a destroyed Result.
    T operator*() && { return std::move(*m_value); }

    const QString &error() const { return m_error; }
    bool isTransient() const { return m_transient; }
    Error failure() const { return Error(m_error, m_transient); }

private:
    std::optional<T> m_value;
    QString m_error;
    bool m_transient = false;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_transient(error.isTransient()), m_error(error.message()) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &error() const { return m_error; }
    bool isTransient() const { return m_transient; }
    Error failure() const { return Error(m_error, m_transient); }

private:
    bool m_failed = false;
    bool m_transient = false;
    QString m_error;
};

using Status = Result<void>;

} // namespace miq
