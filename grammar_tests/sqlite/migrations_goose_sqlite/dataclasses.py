from typing import Optional

from sqlalchemy import ForeignKey, Index, Integer, Text, text
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Folders(Base):
    __tablename__ = 'folders'

    title: Mapped[str] = mapped_column(Text, nullable=False)
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    notes: Mapped[list['Notes']] = relationship('Notes', back_populates='folder')


class Notes(Base):
    __tablename__ = 'notes'
    __table_args__ = (
        Index('notes_folder_idx', 'folder_id', 'pinned'),
    )

    folder_id: Mapped[int] = mapped_column(ForeignKey('folders.id'), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    pinned: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text('0'))
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    folder: Mapped['Folders'] = relationship('Folders', back_populates='notes')
    note_history: Mapped[list['NoteHistory']] = relationship('NoteHistory', back_populates='note')


class NoteHistory(Base):
    __tablename__ = 'note_history'

    note_id: Mapped[int] = mapped_column(ForeignKey('notes.id'), nullable=False)
    old_body: Mapped[str] = mapped_column(Text, nullable=False)
    changed_at: Mapped[str] = mapped_column(Text, nullable=False, server_default=text('CURRENT_TIMESTAMP'))
    id: Mapped[Optional[int]] = mapped_column(Integer, primary_key=True)

    note: Mapped['Notes'] = relationship('Notes', back_populates='note_history')
