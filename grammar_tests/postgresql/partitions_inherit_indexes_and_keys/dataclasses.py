from typing import Optional
import datetime

from sqlalchemy import Column, Date, ForeignKeyConstraint, Index, Integer, PrimaryKeyConstraint, Table, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Owner(Base):
    __tablename__ = 'owner'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='owner_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)

    plain: Mapped[list['Plain']] = relationship('Plain', back_populates='owner')
    reading: Mapped[list['Reading']] = relationship('Reading', back_populates='owner')
    reading_2024: Mapped[list['Reading2024']] = relationship('Reading2024', back_populates='owner')
    reading_2025: Mapped[list['Reading2025']] = relationship('Reading2025', back_populates='owner')
    reading_2025_low: Mapped[list['Reading2025Low']] = relationship('Reading2025Low', back_populates='owner')


class Plain(Base):
    __tablename__ = 'plain'
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['owner.id'], name='plain_id_fkey'),
        PrimaryKeyConstraint('id', 'taken', name='plain_pkey'),
        UniqueConstraint('note', 'taken', name='plain_note_taken_key')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    taken: Mapped[datetime.date] = mapped_column(Date, primary_key=True)
    note: Mapped[Optional[str]] = mapped_column(Text)

    owner: Mapped['Owner'] = relationship('Owner', back_populates='plain')


t_plain_2024 = Table(
    'plain_2024', Base.metadata,
    Column('id', Integer, nullable=False),
    Column('taken', Date, nullable=False),
    Column('note', Text),
    ForeignKeyConstraint(['id'], ['owner.id'], name='plain_id_fkey'),
    UniqueConstraint('note', 'taken', name='plain_2024_note_taken_key')
)


class Reading(Base):
    __tablename__ = 'reading'
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

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    taken: Mapped[datetime.date] = mapped_column(Date, primary_key=True)
    owner_id: Mapped[Optional[int]] = mapped_column(Integer)
    label: Mapped[Optional[str]] = mapped_column(Text)
    level: Mapped[Optional[int]] = mapped_column(Integer)

    owner: Mapped[Optional['Owner']] = relationship('Owner', back_populates='reading')


class Reading2024(Base):
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

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    taken: Mapped[datetime.date] = mapped_column(Date, primary_key=True)
    owner_id: Mapped[Optional[int]] = mapped_column(Integer)
    label: Mapped[Optional[str]] = mapped_column(Text)
    level: Mapped[Optional[int]] = mapped_column(Integer)

    owner: Mapped[Optional['Owner']] = relationship('Owner', back_populates='reading_2024')


class Reading2025(Base):
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

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    taken: Mapped[datetime.date] = mapped_column(Date, primary_key=True)
    owner_id: Mapped[Optional[int]] = mapped_column(Integer)
    label: Mapped[Optional[str]] = mapped_column(Text)
    level: Mapped[Optional[int]] = mapped_column(Integer)

    owner: Mapped[Optional['Owner']] = relationship('Owner', back_populates='reading_2025')


class Reading2025Low(Base):
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

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    taken: Mapped[datetime.date] = mapped_column(Date, primary_key=True)
    owner_id: Mapped[Optional[int]] = mapped_column(Integer)
    label: Mapped[Optional[str]] = mapped_column(Text)
    level: Mapped[Optional[int]] = mapped_column(Integer)

    owner: Mapped[Optional['Owner']] = relationship('Owner', back_populates='reading_2025_low')
