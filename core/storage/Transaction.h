#pragma once

#include "support/Result.h"

namespace daicho {

class Database;

// RAII write transaction: BEGIN IMMEDIATE at the outermost level (the write lock is taken up
// front, so two writers never deadlock upgrading), a SAVEPOINT when nested. Rolls back in the
// destructor unless committed.
class Transaction
{
public:
    static Result<Transaction> begin(Database& db);

    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();

    Status commit();
    void rollback();
    bool isOpen() const { return m_open; }

private:
    Transaction(Database& db, int level)
        : m_db(&db)
        , m_level(level)
    {}
    Database* m_db = nullptr;
    int m_level = 0;
    bool m_open = true;
};

} // namespace daicho
