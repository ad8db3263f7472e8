from typing import Optional

from sqlalchemy import Column, ForeignKey, Index, Integer, Text, text
from sqlmodel import Field, Relationship, SQLModel

class Folders(SQLModel, table=True):
    title: str = Field(sa_column=Column('title', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    notes: list['Notes'] = Relationship(back_populates='folder')


class Notes(SQLModel, table=True):
    __table_args__ = (
        Index('notes_folder_idx', 'folder_id', 'pinned'),
    )

    folder_id: int = Field(sa_column=Column('folder_id', ForeignKey('folders.id'), nullable=False))
    body: str = Field(sa_column=Column('body', Text, nullable=False))
    pinned: int = Field(sa_column=Column('pinned', Integer, nullable=False, server_default=text('0')))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    folder: 'Folders' = Relationship(back_populates='notes')
    note_history: list['NoteHistory'] = Relationship(back_populates='note')


class NoteHistory(SQLModel, table=True):
    __tablename__ = 'note_history'

    note_id: int = Field(sa_column=Column('note_id', ForeignKey('notes.id'), nullable=False))
    old_body: str = Field(sa_column=Column('old_body', Text, nullable=False))
    changed_at: str = Field(sa_column=Column('changed_at', Text, nullable=False, server_default=text('CURRENT_TIMESTAMP')))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))

    note: 'Notes' = Relationship(back_populates='note_history')
