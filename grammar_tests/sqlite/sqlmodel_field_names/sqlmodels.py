from typing import Optional

from sqlalchemy import Column, ForeignKey, Integer, Text
from sqlmodel import Field, Relationship, SQLModel

class Document(SQLModel, table=True):
    title: str = Field(sa_column=Column('title', Text, nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    _private: Optional[str] = Field(default=None, sa_column=Column('_private', Text))
    json: Optional[str] = Field(default=None, sa_column=Column('json', Text))
    schema: Optional[str] = Field(default=None, sa_column=Column('schema', Text))
    register: Optional[int] = Field(default=None, sa_column=Column('register', Integer))
    copy: Optional[str] = Field(default=None, sa_column=Column('copy', Text))

    revision: list['Revision'] = Relationship(back_populates='_document')


class Revision(SQLModel, table=True):
    _document_id: int = Field(sa_column=Column('_document_id', ForeignKey('document.id'), nullable=False))
    id: Optional[int] = Field(default=None, sa_column=Column('id', Integer, primary_key=True))
    body: Optional[str] = Field(default=None, sa_column=Column('body', Text))

    _document: 'Document' = Relationship(back_populates='revision')
