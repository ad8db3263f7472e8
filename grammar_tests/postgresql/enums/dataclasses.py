from typing import Optional
import enum

from sqlalchemy import ARRAY, BigInteger, Boolean, CheckConstraint, Computed, Enum, ForeignKeyConstraint, Identity, Integer, PrimaryKeyConstraint, String, Text, UniqueConstraint, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedAsDataclass, mapped_column, relationship

class Base(MappedAsDataclass, DeclarativeBase):
    pass


class Level(str, enum.Enum):
    LOW = 'low'
    HIGH = 'high'


class Mood(str, enum.Enum):
    HAPPY = 'happy'
    SAD = 'sad'
    SO_SO = 'so-so'
    CLASS = 'class'
    _1ST = '1st'


class Gen(Base):
    __tablename__ = 'gen'
    __table_args__ = (
        PrimaryKeyConstraint('id', name='gen_pkey'),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    a: Mapped[Optional[int]] = mapped_column(Integer)
    b: Mapped[Optional[int]] = mapped_column(Integer, Computed('(a * 2)', persisted=True))


class Persons(Base):
    __tablename__ = 'persons'
    __table_args__ = (
        CheckConstraint("role::text = ANY (ARRAY['admin'::character varying, 'user'::character varying]::text[])", name='persons_role_check'),
        PrimaryKeyConstraint('id', name='persons_pkey')
    )

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True, start=10, increment=5, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), primary_key=True, autoincrement=True)
    current_mood: Mapped[Mood] = mapped_column(Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood'), nullable=False, server_default=text("'happy'::mood"))
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=text('true'))
    moods: Mapped[Optional[list[Mood]]] = mapped_column(ARRAY(Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood')))
    lvl: Mapped[Optional[Level]] = mapped_column(Enum(Level, values_callable=lambda cls: [member.value for member in cls], name='level', schema='s2'))
    role: Mapped[Optional[str]] = mapped_column(String(20))

    pets: Mapped[list['Pets']] = relationship('Pets', back_populates='owner')


class Pets(Base):
    __tablename__ = 'pets'
    __table_args__ = (
        ForeignKeyConstraint(['owner_id'], ['persons.id'], ondelete='CASCADE', name='pets_owner_id_fkey'),
        PrimaryKeyConstraint('id', name='pets_pkey'),
        UniqueConstraint('owner_id', 'name', name='pets_owner_id_name_key')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text, nullable=False)
    owner_id: Mapped[Optional[int]] = mapped_column(BigInteger)
    mood: Mapped[Optional[Mood]] = mapped_column(Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood'))

    owner: Mapped[Optional['Persons']] = relationship('Persons', back_populates='pets')


class Dogs(Pets):
    __tablename__ = 'dogs'
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['pets.id'], name='dogs_id_fkey'),
        PrimaryKeyConstraint('id', name='dogs_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    breed: Mapped[Optional[str]] = mapped_column(Text)


class Puppies(Dogs):
    __tablename__ = 'puppies'
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['dogs.id'], name='puppies_id_fkey'),
        PrimaryKeyConstraint('id', name='puppies_pkey')
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    age: Mapped[Optional[int]] = mapped_column(Integer)
