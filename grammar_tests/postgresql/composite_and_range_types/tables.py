import enum

from sqlalchemy import Column, Enum, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, Table, Text
from sqlalchemy.sql.sqltypes import NullType

metadata = MetaData()


class Mood(str, enum.Enum):
    CALM = 'calm'


t_mood_log = Table(
    'mood_log', metadata,
    Column('id', Integer, primary_key=True),
    Column('mood', Enum(Mood, values_callable=lambda cls: [member.value for member in cls], name='mood')),
    PrimaryKeyConstraint('id', name='mood_log_pkey')
)

t_product = Table(
    'product', metadata,
    Column('id', Integer, primary_key=True),
    Column('price', NullType),
    Column('history', NullType),
    Column('label', Text),
    PrimaryKeyConstraint('id', name='product_pkey')
)

t_review = Table(
    'review', metadata,
    Column('id', Integer, primary_key=True),
    Column('product_id', Integer),
    ForeignKeyConstraint(['product_id'], ['product.id'], name='review_product_id_fkey'),
    PrimaryKeyConstraint('id', name='review_pkey')
)
