#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace daicho {

// What went wrong and where. Core code returns these instead of throwing or showing anything;
// the UI and the CLI decide how to present them.
struct Error
{
    enum class Kind
    {
        Invalid,      // the input was refused by a rule (exit 1 in the CLI)
        NotFound,     // a referenced thing does not exist
        Conflict,     // unique code taken, cycle, stale edit
        Io,           // file system or SQLite failure (exit 2)
        NotARegister, // foreign, newer, corrupt or truncated file (exit 2)
        Usage,        // caller passed arguments that make no sense (exit 2)
        Cancelled,
    };

    Kind kind = Kind::Invalid;
    QString message;
    // Location, each part optional: file, physical line (1-based), column (1-based), field name.
    QString file;
    int line = 0;
    int column = 0;
    QString field;

    static Error invalid(QString msg, QString field = {})
    {
        return Error{Kind::Invalid, std::move(msg), {}, 0, 0, std::move(field)};
    }
    static Error io(QString msg, QString file = {})
    {
        return Error{Kind::Io, std::move(msg), std::move(file), 0, 0, {}};
    }
    static Error make(Kind k, QString msg) { return Error{k, std::move(msg), {}, 0, 0, {}}; }

    // "file:line: column field: message", leaving out what is unknown.
    QString toString() const;
};

template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value)
        : m_v(std::move(value))
    {}
    Result(Error error)
        : m_v(std::move(error))
    {}

    bool ok() const { return std::holds_alternative<T>(m_v); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_v); }
    const T& value() const& { return std::get<T>(m_v); }
    T&& value() && { return std::get<T>(std::move(m_v)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<Error>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error)
        : m_error(std::move(error))
    {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace daicho
