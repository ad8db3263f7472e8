from typing import Optional
import datetime

from sqlalchemy import Column, Date, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, Table, Text, UniqueConstraint
from sqlmodel import Field, Relationship, SQLModel

class Owner(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='owner_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))

    plain: list['Plain'] = Relationship(back_populates='owner')
    reading: list['Reading'] = Relationship(back_populates='owner')
    reading_2024: list['Reading2024'] = Relationship(back_populates='owner')
    reading_2025: list['Reading2025'] = Relationship(back_populates='owner')
    reading_2025_low: list['Reading2025Low'] = Relationship(back_populates='owner')


class Plain(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['owner.id'], name='plain_id_fkey'),
        PrimaryKeyConstraint('id', 'taken', name='plain_pkey'),
        UniqueConstraint('note', 'taken', name='plain_note_taken_key')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    taken: datetime.date = Field(sa_column=Column('taken', Date, primary_key=True))
    note: Optional[str] = Field(default=None, sa_column=Column('note', Text))

    owner: 'Owner' = Relationship(back_populates='plain')


t_plain_2024 = Table(
    'plain_2024', SQLModel.metadata,
    Column('id', Integer, nullable=False),
    Column('taken', Date, nullable=False),
    Column('note', Text),
    ForeignKeyConstraint(['id'], ['owner.id'], name='plain_id_fkey'),
    UniqueConstraint('note', 'taken', name='plain_2024_note_taken_key')
)


class Reading(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['owner_id'], ['owner.id'], name='reading_owner_id_fkey'),
        PrimaryKeyConstraint('id', 'taken', name='reading_pkey'),
        UniqueConstraint('label', 'taken', name='reading_label_taken_key'),
        Index('reading_label_idx', 'label', postgresql_where='(level > 0)'),
        Index('reading_label_lower'),
        Index('reading_level_idx', 'level'),
        Index('reading_level_taken_id_idx', 'level', 'taken', 'id', unique=True),
        Index('reading_only', 'label')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    taken: datetime.date = Field(sa_column=Column('taken', Date, primary_key=True))
    owner_id: Optional[int] = Field(default=None, sa_column=Column('owner_id', Integer))
    label: Optional[str] = Field(default=None, sa_column=Column('label', Text))
    level: Optional[int] = Field(default=None, sa_column=Column('level', Integer))

    owner: Optional['Owner'] = Relationship(back_populates='reading')


class Reading2024(SQLModel, table=True):
    __tablename__ = 'reading_2024'
    __table_args__ = (
        ForeignKeyConstraint(['owner_id'], ['owner.id'], name='reading_owner_id_fkey'),
        PrimaryKeyConstraint('id', 'taken', name='reading_2024_pk'),
        UniqueConstraint('label', 'taken', name='reading_2024_label_taken_key'),
        Index('reading_2024_label_idx', 'label', postgresql_where='(level > 0)'),
        Index('reading_2024_level_taken_id_idx', 'level', 'taken', 'id', unique=True),
        Index('reading_2024_lower_idx'),
        Index('reading_2024_mine', 'level')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    taken: datetime.date = Field(sa_column=Column('taken', Date, primary_key=True))
    owner_id: Optional[int] = Field(default=None, sa_column=Column('owner_id', Integer))
    label: Optional[str] = Field(default=None, sa_column=Column('label', Text))
    level: Optional[int] = Field(default=None, sa_column=Column('level', Integer))

    owner: Optional['Owner'] = Relationship(back_populates='reading_2024')


class Reading2025(SQLModel, table=True):
    __tablename__ = 'reading_2025'
    __table_args__ = (
        ForeignKeyConstraint(['owner_id'], ['owner.id'], name='reading_owner_id_fkey'),
        PrimaryKeyConstraint('id', 'taken', name='reading_2025_pkey'),
        UniqueConstraint('label', 'taken', name='reading_2025_label_taken_key'),
        Index('reading_2025_label_idx', 'label', postgresql_where='(level > 0)'),
        Index('reading_2025_level_idx', 'level'),
        Index('reading_2025_level_taken_id_idx', 'level', 'taken', 'id', unique=True),
        Index('reading_2025_lower_idx')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    taken: datetime.date = Field(sa_column=Column('taken', Date, primary_key=True))
    owner_id: Optional[int] = Field(default=None, sa_column=Column('owner_id', Integer))
    label: Optional[str] = Field(default=None, sa_column=Column('label', Text))
    level: Optional[int] = Field(default=None, sa_column=Column('level', Integer))

    owner: Optional['Owner'] = Relationship(back_populates='reading_2025')


class Reading2025Low(SQLModel, table=True):
    __tablename__ = 'reading_2025_low'
    __table_args__ = (
        ForeignKeyConstraint(['owner_id'], ['owner.id'], name='reading_owner_id_fkey'),
        PrimaryKeyConstraint('id', 'taken', name='reading_2025_low_pkey'),
        UniqueConstraint('label', 'taken', name='reading_2025_low_label_taken_key'),
        Index('reading_2025_low_label_idx', 'label', postgresql_where='(level > 0)'),
        Index('reading_2025_low_level_idx', 'level'),
        Index('reading_2025_low_level_taken_id_idx', 'level', 'taken', 'id', unique=True),
        Index('reading_2025_low_lower_idx')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    taken: datetime.date = Field(sa_column=Column('taken', Date, primary_key=True))
    owner_id: Optional[int] = Field(default=None, sa_column=Column('owner_id', Integer))
    label: Optional[str] = Field(default=None, sa_column=Column('label', Text))
    level: Optional[int] = Field(default=None, sa_column=Column('level', Integer))

    owner: Optional['Owner'] = Relationship(back_populates='reading_2025_low')
