from sqlalchemy import BINARY, CHAR, Column, Index, LargeBinary, MetaData, String, Table, Text, VARBINARY, text
from sqlalchemy.dialects.mysql import INTEGER, LONGBLOB, LONGTEXT, MEDIUMBLOB, MEDIUMTEXT, TINYBLOB, TINYTEXT, VARCHAR

metadata = MetaData()


t_documents = Table(
    'documents', metadata,
    Column('id', INTEGER(11), primary_key=True, autoincrement=True),
    Column('code', CHAR(4), nullable=False),
    Column('flag', CHAR(1)),
    Column('title', String(200), nullable=False, server_default=text("''")),
    Column('slug', VARCHAR(80, charset='utf8mb4', collation='utf8mb4_bin'), nullable=False),
    Column('legacy', VARCHAR(50, charset='latin1', collation='latin1_swedish_ci')),
    Column('ascii_code', VARCHAR(10, charset='ascii', collation='ascii_general_ci')),
    Column('t_tiny', TINYTEXT),
    Column('t_text', Text),
    Column('t_medium', MEDIUMTEXT),
    Column('t_long', LONGTEXT),
    Column('t_sized', Text),
    Column('hash', BINARY(32)),
    Column('token', VARBINARY(64)),
    Column('b_tiny', TINYBLOB),
    Column('b_blob', LargeBinary),
    Column('b_medium', MEDIUMBLOB),
    Column('b_long', LONGBLOB),
    Column('national_name', VARCHAR(20, charset='utf8mb3', collation='utf8mb3_general_ci')),
    Index('documents_slug', 'slug', unique=True)
)
