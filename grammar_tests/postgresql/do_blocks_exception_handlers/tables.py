import enum

from sqlalchemy import Column, Enum, ForeignKeyConstraint, Index, Integer, MetaData, PrimaryKeyConstraint, Table

metadata = MetaData()


class Tier(str, enum.Enum):
    FREE = 'free'
    PAID = 'paid'


t_account = Table(
    'account', metadata,
    Column('id', Integer, primary_key=True),
    Column('level', Integer),
    Column('plan', Enum(Tier, values_callable=lambda cls: [member.value for member in cls], name='tier')),
    PrimaryKeyConstraint('id', name='account_pkey'),
    Index('account_level_idx', 'level')
)

t_membership = Table(
    'membership', metadata,
    Column('id', Integer, primary_key=True),
    Column('account_id', Integer),
    ForeignKeyConstraint(['account_id'], ['account.id'], name='membership_account_fk'),
    PrimaryKeyConstraint('id', name='membership_pkey')
)
