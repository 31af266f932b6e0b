#pragma once

// Private to the Bank's implementation files: the common shapes of a write, shared by
// Bank.cpp and BankRecords.cpp. Nothing outside core/Bank*.cpp includes this.

#include "core/Bank.h"
#include "core/BankError.h"

#include <QCoreApplication>

namespace sb {

namespace bankwrites {

// Messages more than one of the Bank's files gives; whole sentences, so each language can
// word them its own way.
inline constexpr const char* kNoCategory =
    QT_TRANSLATE_NOOP("sb::Bank", "There is no category with id %1.");
inline constexpr const char* kNoQuestion =
    QT_TRANSLATE_NOOP("sb::Bank", "There is no question with id %1.");
inline constexpr const char* kNoStory =
    QT_TRANSLATE_NOOP("sb::Bank", "There is no story with id %1.");
inline constexpr const char* kCategoryExists =
    QT_TRANSLATE_NOOP("sb::Bank", "A category named “%1” already exists.");

inline QString tr(const char* text)
{
    return QCoreApplication::translate("sb::Bank", text);
}

inline void require(bool found, const char* noSuchText, int64_t id)
{
    if (!found)
        throw BankError(BankError::Code::NoSuchItem, tr(noSuchText).arg(id));
}

// Undo puts rows back with their old ids; an id in use means the history no longer fits.
inline void requireFreeId(bool taken, const char* takenText, int64_t id)
{
    if (taken)
        throw BankError(BankError::Code::Duplicate, tr(takenText).arg(id));
}

template<typename T>
void requireUniqueName(const std::optional<T>& existing, const T& item, const char* existsText)
{
    if (existing && existing->id != item.id)
        throw BankError(BankError::Code::Duplicate, tr(existsText).arg(existing->name));
}

} // namespace bankwrites

template<typename Store, typename Item>
auto Bank::addRow(Store& store, const Item& item, BankChange::Entity entity,
    const std::function<void(int64_t)>& alsoDo)
{
    return decltype(item.id)(write(entity, BankChange::Kind::Added, [&] {
        const int64_t id = store.insert(item).value;
        if (alsoDo)
            alsoDo(id);
        return id;
    }));
}

template<typename Store, typename Item>
void Bank::updateRow(Store& store, const Item& item, BankChange::Entity entity,
    const char* noSuchText, const std::function<void()>& alsoDo)
{
    write(entity, BankChange::Kind::Updated, [&] {
        bankwrites::require(store.update(item), noSuchText, item.id.value);
        if (alsoDo)
            alsoDo();
        return item.id.value;
    });
}

template<typename Store, typename IdT>
void Bank::removeRow(Store& store, IdT id, BankChange::Entity entity, const char* noSuchText,
    const std::function<void()>& alsoDo)
{
    write(entity, BankChange::Kind::Removed, [&] {
        bankwrites::require(store.remove(id), noSuchText, id.value);
        if (alsoDo)
            alsoDo();
        return id.value;
    });
}

} // namespace sb
