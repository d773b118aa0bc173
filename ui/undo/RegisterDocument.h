#pragma once

#include "support/Result.h"

#include <QObject>
#include <QUndoCommand>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace daicho {

class Register;

// An undoable user action made of two core-service calls: one that does it and one that takes
// it back. Each call is a real write with its own history entry. Steps share state through
// what their closures capture (e.g. a shared_ptr<DeletedAsset> filled by the first step).
class ServiceCommand : public QUndoCommand
{
public:
    using Step = std::function<Status()>;

    ServiceCommand(const QString& text, Step doStep, Step undoStep);

    void redo() override;
    void undo() override;

    // Merging: commands with the same non-negative id and mergeKey combine (e.g. typing in
    // one cell); the merged command undoes with the first command's undo step.
    void setMergeable(int id, const QString& key);
    int id() const override { return m_id; }
    bool mergeWith(const QUndoCommand* other) override;

private:
    friend class RegisterDocument;
    Step m_do;
    Step m_undo;
    bool m_skipNextRedo = false; // execute() has just done it
    int m_id = -1;
    QString m_mergeKey;
    class RegisterDocument* m_document = nullptr;
};

// An open register as the GUI edits it: the register and its undo stack. Every edit goes
// through execute(), which runs the action now, pushes it only if it succeeded, and reports
// failures of later undo/redo through actionFailed().
class RegisterDocument : public QObject
{
    Q_OBJECT

public:
    explicit RegisterDocument(std::unique_ptr<Register> reg, QObject* parent = nullptr);
    ~RegisterDocument() override;

    Register& reg() { return *m_register; }
    QUndoStack* undoStack() { return &m_undo; }

    // Does the action; on success it lands on the undo stack. On failure nothing is pushed
    // and the error is returned for the caller to show where the user is looking.
    Status execute(std::unique_ptr<ServiceCommand> command);
    Status execute(const QString& text, ServiceCommand::Step doStep, ServiceCommand::Step undoStep);

Q_SIGNALS:
    // An undo or redo could not be carried out (the register changed in a way that prevents
    // it); the stack is cleared of that step.
    void actionFailed(const QString& message);

private:
    friend class ServiceCommand;
    void reportFailure(const Error& e);

    QUndoStack m_undo;
    std::unique_ptr<Register> m_register;
};

} // namespace daicho
