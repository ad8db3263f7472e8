from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_apple = Table(
    'apple', metadata,
    Column('apple_id', INTEGER(11), primary_key=True),
    Column('zone_id', INTEGER(11), nullable=False),
    Column('berry_id', INTEGER(11)),
    ForeignKeyConstraint(['berry_id'], ['berry.berry_id'], name='fk_apple_berry'),
    ForeignKeyConstraint(['zone_id'], ['zone.zone_id'], name='fk_apple_zone'),
    Index('fk_apple_berry', 'berry_id'),
    Index('fk_apple_zone', 'zone_id')
)

t_berry = Table(
    'berry', metadata,
    Column('berry_id', INTEGER(11), primary_key=True),
    Column('zone_id', INTEGER(11), nullable=False),
    Column('apple_id', INTEGER(11), nullable=False),
    ForeignKeyConstraint(['apple_id'], ['apple.apple_id'], name='fk_berry_apple'),
    ForeignKeyConstraint(['zone_id'], ['zone.zone_id'], name='fk_berry_zone'),
    Index('fk_berry_apple', 'apple_id'),
    Index('fk_berry_zone', 'zone_id')
)

t_zone = Table(
    'zone', metadata,
    Column('zone_id', INTEGER(11), primary_key=True),
    Column('name', String(20), nullable=False)
)

t_basket = Table(
    'basket', metadata,
    Column('basket_id', INTEGER(11), primary_key=True),
    Column('apple_id', INTEGER(11), nullable=False),
    ForeignKeyConstraint(['apple_id'], ['apple.apple_id'], name='fk_basket_apple'),
    Index('fk_basket_apple', 'apple_id')
)

t_crate = Table(
    'crate', metadata,
    Column('crate_id', INTEGER(11), primary_key=True),
    Column('zone_id', INTEGER(11), nullable=False),
    ForeignKeyConstraint(['zone_id'], ['zone.zone_id'], name='fk_crate_zone'),
    Index('fk_crate_zone', 'zone_id')
)
