#pragma once

#include "storage/HistoryLog.h"
#include "support/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace daicho {

class Register;

// `daicho-cli check`: is the file sound, is its history intact, and does the register hold
// exactly what its history says (an edit behind Daicho's back shows up here)?
struct CheckReport
{
    int schemaVersion = 0;
    int supportedVersion = 0;
    QStringList integrity;   // PRAGMA integrity_check lines other than "ok"
    QStringList foreignKeys; // PRAGMA foreign_key_check findings
    HistoryLog::ChainReport chain;
    QStringList state;     // register differs from its history
    QStringList structure; // e.g. a dependency cycle

    bool ok() const
    {
        return integrity.isEmpty() && foreignKeys.isEmpty() && chain.ok() && state.isEmpty() &&
               structure.isEmpty() && schemaVersion == supportedVersion;
    }
    QStringList problems() const;
};

class RegisterCheck
{
    Q_DECLARE_TR_FUNCTIONS(RegisterCheck)

public:
    static Result<CheckReport> run(Register& reg);
    // At most this many findings of one kind are listed; the rest are counted.
    static constexpr int MaxListed = 20;
};

} // namespace daicho
