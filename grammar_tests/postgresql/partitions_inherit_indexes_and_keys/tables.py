from sqlalchemy import Column, Date, ForeignKeyConstraint, Index, Integer, MetaData, PrimaryKeyConstraint, Table, Text, UniqueConstraint

metadata = MetaData()


t_owner = Table(
    'owner', metadata,
    Column('id', Integer, primary_key=True),
    PrimaryKeyConstraint('id', name='owner_pkey')
)

t_plain = Table(
    'plain', metadata,
    Column('id', Integer, primary_key=True),
    Column('taken', Date, primary_key=True),
    Column('note', Text),
    ForeignKeyConstraint(['id'], ['owner.id'], name='plain_id_fkey'),
    PrimaryKeyConstraint('id', 'taken', name='plain_pkey'),
    UniqueConstraint('note', 'taken', name='plain_note_taken_key')
)

t_plain_2024 = Table(
    'plain_2024', metadata,
    Column('id', Integer, nullable=False),
    Column('taken', Date, nullable=False),
    Column('note', Text),
    ForeignKeyConstraint(['id'], ['owner.id'], name='plain_id_fkey'),
    UniqueConstraint('note', 'taken', name='plain_2024_note_taken_key')
)

t_reading = Table(
    'reading', metadata,
    Column('id', Integer, primary_key=True),
    Column('taken', Date, primary_key=True),
    Column('owner_id', Integer),
    Column('label', Text),
    Column('level', Integer),
    ForeignKeyConstraint(['owner_id'], ['owner.id'], name='reading_owner_id_fkey'),
    PrimaryKeyConstraint('id', 'taken', name='reading_pkey'),
    UniqueConstraint('label', 'taken', name='reading_label_taken_key'),
    Index('reading_label_idx', 'label', postgresql_where='(level > 0)'),
    Index('reading_label_lower'),
    Index('reading_level_idx', 'level'),
    Index('reading_level_taken_id_idx', 'level', 'taken', 'id', unique=True),
    Index('reading_only', 'label')
)

t_reading_2024 = Table(
    'reading_2024', metadata,
    Column('id', Integer, primary_key=True),
    Column('taken', Date, primary_key=True),
    Column('owner_id', Integer),
    Column('label', Text),
    Column('level', Integer),
    ForeignKeyConstraint(['owner_id'], ['owner.id'], name='reading_owner_id_fkey'),
    PrimaryKeyConstraint('id', 'taken', name='reading_2024_pk'),
    UniqueConstraint('label', 'taken', name='reading_2024_label_taken_key'),
    Index('reading_2024_label_idx', 'label', postgresql_where='(level > 0)'),
    Index('reading_2024_level_taken_id_idx', 'level', 'taken', 'id', unique=True),
    Index('reading_2024_lower_idx'),
    Index('reading_2024_mine', 'level')
)

t_reading_2025 = Table(
    'reading_2025', metadata,
    Column('id', Integer, primary_key=True),
    Column('taken', Date, primary_key=True),
    Column('owner_id', Integer),
    Column('label', Text),
    Column('level', Integer),
    ForeignKeyConstraint(['owner_id'], ['owner.id'], name='reading_owner_id_fkey'),
    PrimaryKeyConstraint('id', 'taken', name='reading_2025_pkey'),
    UniqueConstraint('label', 'taken', name='reading_2025_label_taken_key'),
    Index('reading_2025_label_idx', 'label', postgresql_where='(level > 0)'),
    Index('reading_2025_level_idx', 'level'),
    Index('reading_2025_level_taken_id_idx', 'level', 'taken', 'id', unique=True),
    Index('reading_2025_lower_idx')
)

t_reading_2025_low = Table(
    'reading_2025_low', metadata,
    Column('id', Integer, primary_key=True),
    Column('taken', Date, primary_key=True),
    Column('owner_id', Integer),
    Column('label', Text),
    Column('level', Integer),
    ForeignKeyConstraint(['owner_id'], ['owner.id'], name='reading_owner_id_fkey'),
    PrimaryKeyConstraint('id', 'taken', name='reading_2025_low_pkey'),
    UniqueConstraint('label', 'taken', name='reading_2025_low_label_taken_key'),
    Index('reading_2025_low_label_idx', 'label', postgresql_where='(level > 0)'),
    Index('reading_2025_low_level_idx', 'level'),
    Index('reading_2025_low_level_taken_id_idx', 'level', 'taken', 'id', unique=True),
    Index('reading_2025_low_lower_idx')
)
