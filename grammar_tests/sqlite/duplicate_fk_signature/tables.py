from sqlalchemy import Column, ForeignKey, ForeignKeyConstraint, Integer, MetaData, Table

metadata = MetaData()


t_media = Table(
    'media', metadata,
    Column('id', Integer, primary_key=True)
)

t_person = Table(
    'person', metadata,
    Column('id', Integer, primary_key=True),
    Column('avatar_id', ForeignKey('media.id', ondelete='SET NULL')),
    Column('cover_id', Integer),
    ForeignKeyConstraint(['cover_id'], ['media.id'], onupdate='CASCADE', name='fk_cover_first')
)

t_twice = Table(
    'twice', metadata,
    Column('id', Integer, primary_key=True),
    Column('media_id', ForeignKey('media.id'))
)
