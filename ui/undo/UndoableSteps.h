#pragma once

#include "RegisterDocument.h"

#include <memory>
#include <optional>
#include <type_traits>
#include <utility>

// The shapes most edits of a register record take as one undo step, for the *Commands
// helpers. Each service call returns a Result; its error becomes the step's.
namespace daicho::undoable {

// A record created: undo removes it and keeps what it removed; redo puts that back, with the
// same id, instead of creating another. `create()` and `restore(removed)` give the record (with
// its id), `remove(id)` what it removed. Returns the new record's id.
template <typename Create, typename Remove, typename Restore>
Result<qint64> create(RegisterDocument& doc, const QString& text, Create create, Remove remove,
                      Restore restore)
{
    using Removed = std::decay_t<decltype(*remove(qint64{}))>;
    auto id = std::make_shared<qint64>(0);
    auto removed = std::make_shared<std::optional<Removed>>();
    Status s = doc.execute(
        text,
        [create, restore, id, removed]() -> Status {
            auto made = removed->has_value() ? restore(**removed) : create();
            if (!made)
                return made.error();
            *id = made->id;
            removed->reset();
            return {};
        },
        [remove, id, removed]() -> Status {
            auto gone = remove(*id);
            if (!gone)
                return gone.error();
            *removed = std::move(*gone);
            return {};
        });
    if (!s)
        return s.error();
    return *id;
}

// A record removed: undo puts it back as it was (same id).
template <typename Remove, typename Restore>
Status remove(RegisterDocument& doc, const QString& text, qint64 id, Remove remove, Restore restore)
{
    using Removed = std::decay_t<decltype(*remove(qint64{}))>;
    auto removed = std::make_shared<std::optional<Removed>>();
    return doc.execute(
        text,
        [remove, id, removed]() -> Status {
            auto gone = remove(id);
            if (!gone)
                return gone.error();
            *removed = std::move(*gone);
            return {};
        },
        [restore, removed]() -> Status {
            if (!removed->has_value())
                return {};
            auto back = restore(**removed);
            return back ? Status() : Status(back.error());
        });
}

// A record changed from `before` to `after` by `update(record)`; undo updates it back.
template <typename Record, typename Update>
Status update(RegisterDocument& doc, const QString& text, Record before, Record after,
              Update update)
{
    return doc.execute(
        text,
        [update, after]() -> Status {
            auto r = update(after);
            return r ? Status() : Status(r.error());
        },
        [update, before]() -> Status {
            auto r = update(before);
            return r ? Status() : Status(r.error());
        });
}

} // namespace daicho::undoable
