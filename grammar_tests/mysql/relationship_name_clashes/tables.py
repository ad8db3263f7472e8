from sqlalchemy import Column, ForeignKeyConstraint, Index, MetaData, String, Table
from sqlalchemy.dialects.mysql import INTEGER

metadata = MetaData()


t_users = Table(
    'users', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('name', String(50), nullable=False)
)

t_documents = Table(
    'documents', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('owner', INTEGER(11), nullable=False),
    Column('user_id', INTEGER(11)),
    Column('user', String(50)),
    Column('reviewer_id', INTEGER(11)),
    Column('reviewer', String(50)),
    ForeignKeyConstraint(['owner'], ['users.id'], name='documents_ibfk_1'),
    ForeignKeyConstraint(['reviewer_id'], ['users.id'], name='documents_ibfk_3'),
    ForeignKeyConstraint(['user_id'], ['users.id'], name='documents_ibfk_2'),
    Index('owner', 'owner'),
    Index('reviewer_id', 'reviewer_id'),
    Index('user_id', 'user_id')
)
