import enum

from sqlalchemy import ARRAY, BigInteger, Boolean, CheckConstraint, Column, Computed, Enum, ForeignKeyConstraint, Identity, Integer, MetaData, PrimaryKeyConstraint, String, Table, Text, UniqueConstraint, text
from sqlalchemy.dialects.postgresql import ARRAY

metadata = MetaData()


class Level(str, enum.Enum):
    LOW = 'low'
    HIGH = 'high'


class Mood(str, enum.Enum):
    HAPPY = 'happy'
    SAD = 'sad'
    SO_SO = 'so-so'
    CLASS = 'class'
    _1ST = '1st'


t_gen = Table(
    'gen', metadata,
    Column('id', Integer, primary_key=True),
    Column('a', Integer),
    Column('b', Integer, Computed('(a * 2)', persisted=True)),
    PrimaryKeyConstraint('id', name='gen_pkey')
)

t_persons = Table(
    'persons', metadata,
    Column('id', BigInteger, Identity(always=True, start=10, increment=5, minvalue=1, maxvalue=9223372036854775807, cycle=False, cache=1), primary_key=True, autoincrement=True),
    Column('current_mood', Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood'), nullable=False, server_default=text("'happy'::mood")),
    Column('moods', ARRAY(Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood'))),
    Column('lvl', Enum(Level, values_callable=lambda cls: [member.value for member in cls], name='level', schema='s2')),
    Column('role', String(20)),
    Column('active', Boolean, nullable=False, server_default=text('true')),
    CheckConstraint("role::text = ANY (ARRAY['admin'::character varying, 'user'::character varying]::text[])", name='persons_role_check'),
    PrimaryKeyConstraint('id', name='persons_pkey')
)

t_pets = Table(
    'pets', metadata,
    Column('id', Integer, primary_key=True),
    Column('owner_id', BigInteger),
    Column('mood', Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood')),
    Column('name', Text, nullable=False),
    ForeignKeyConstraint(['owner_id'], ['persons.id'], ondelete='CASCADE', name='pets_owner_id_fkey'),
    PrimaryKeyConstraint('id', name='pets_pkey'),
    UniqueConstraint('owner_id', 'name', name='pets_owner_id_name_key')
)

t_dogs = Table(
    'dogs', metadata,
    Column('id', Integer, primary_key=True),
    Column('breed', Text),
    ForeignKeyConstraint(['id'], ['pets.id'], name='dogs_id_fkey'),
    PrimaryKeyConstraint('id', name='dogs_pkey')
)

t_puppies = Table(
    'puppies', metadata,
    Column('id', Integer, primary_key=True),
    Column('age', Integer),
    ForeignKeyConstraint(['id'], ['dogs.id'], name='puppies_id_fkey'),
    PrimaryKeyConstraint('id', name='puppies_pkey')
)
