from typing import Optional
import enum

from sqlalchemy import ARRAY, BigInteger, Boolean, CheckConstraint, Column, Computed, Enum, ForeignKeyConstraint, Identity, Integer, PrimaryKeyConstraint, String, Text, UniqueConstraint, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlmodel import Field, Relationship, SQLModel

class Level(str, enum.Enum):
    LOW = 'low'
    HIGH = 'high'


class Mood(str, enum.Enum):
    HAPPY = 'happy'
    SAD = 'sad'
    SO_SO = 'so-so'
    CLASS = 'class'
    _1ST = '1st'


class Gen(SQLModel, table=True):
    __table_args__ = (
        PrimaryKeyConstraint('id', name='gen_pkey'),
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    a: Optional[int] = Field(default=None, sa_column=Column('a', Integer))
    b: Optional[int] = Field(default=None, sa_column=Column('b', Integer, Computed('(a * 2)', persisted=True)))


class Persons(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint("role::text = ANY (ARRAY['admin'::character varying, 'user'::character varying]::text[])", name='persons_role_check'),
        PrimaryKeyConstraint('id', name='persons_pkey')
    )

    id: int = Field(sa_column=Column('id', BigInteger, Identity(always=True, start=10, increment=5, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), primary_key=True, autoincrement=True))
    current_mood: Mood = Field(sa_column=Column('current_mood', Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood'), nullable=False, server_default=text("'happy'::mood")))
    active: bool = Field(sa_column=Column('active', Boolean, nullable=False, server_default=text('true')))
    moods: Optional[list[Mood]] = Field(default=None, sa_column=Column('moods', ARRAY(Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood'))))
    lvl: Optional[Level] = Field(default=None, sa_column=Column('lvl', Enum(Level, values_callable=lambda cls: [member.value for member in cls], name='level', schema='s2')))
    role: Optional[str] = Field(default=None, sa_column=Column('role', String(20)))

    pets: list['Pets'] = Relationship(back_populates='owner')


class Pets(SQLModel, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['owner_id'], ['persons.id'], ondelete='CASCADE', name='pets_owner_id_fkey'),
        PrimaryKeyConstraint('id', name='pets_pkey'),
        UniqueConstraint('owner_id', 'name', name='pets_owner_id_name_key')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    name: str = Field(sa_column=Column('name', Text, nullable=False))
    owner_id: Optional[int] = Field(default=None, sa_column=Column('owner_id', BigInteger))
    mood: Optional[Mood] = Field(default=None, sa_column=Column('mood', Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood')))

    owner: Optional['Persons'] = Relationship(back_populates='pets')


class Dogs(Pets, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['pets.id'], name='dogs_id_fkey'),
        PrimaryKeyConstraint('id', name='dogs_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    breed: Optional[str] = Field(default=None, sa_column=Column('breed', Text))


class Puppies(Dogs, table=True):
    __table_args__ = (
        ForeignKeyConstraint(['id'], ['dogs.id'], name='puppies_id_fkey'),
        PrimaryKeyConstraint('id', name='puppies_pkey')
    )

    id: int = Field(sa_column=Column('id', Integer, primary_key=True))
    age: Optional[int] = Field(default=None, sa_column=Column('age', Integer))
