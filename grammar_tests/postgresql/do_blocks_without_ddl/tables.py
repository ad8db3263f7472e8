from sqlalchemy import Column, ForeignKeyConstraint, Integer, MetaData, PrimaryKeyConstraint, String, Table

metadata = MetaData()


t_language = Table(
    'language', metadata,
    Column('id', Integer, primary_key=True, autoincrement=True),
    Column('code', String(3), nullable=False),
    PrimaryKeyConstraint('id', name='language_pkey')
)

t_user_language = Table(
    'user_language', metadata,
    Column('user_id', Integer, primary_key=True),
    Column('language_id', Integer, primary_key=True),
    ForeignKeyConstraint(['language_id'], ['language.id'], name='user_language_language_id_fkey'),
    PrimaryKeyConstraint('user_id', 'language_id', name='user_language_pkey')
)
