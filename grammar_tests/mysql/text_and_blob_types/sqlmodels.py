from typing import Optional

from sqlalchemy import BINARY, CHAR, Column, Index, LargeBinary, String, Text, VARBINARY, text
from sqlalchemy.dialects.mysql import INTEGER, LONGBLOB, LONGTEXT, MEDIUMBLOB, MEDIUMTEXT, TINYBLOB, TINYTEXT, VARCHAR
from sqlmodel import Field, SQLModel

class Documents(SQLModel, table=True):
    __table_args__ = (
        Index('documents_slug', 'slug', unique=True),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True, autoincrement=True))
    code: str = Field(sa_column=Column('code', CHAR(4), nullable=False))
    title: str = Field(sa_column=Column('title', String(200), nullable=False, server_default=text("''")))
    slug: str = Field(sa_column=Column('slug', VARCHAR(80, charset='utf8mb4', collation='utf8mb4_bin'), nullable=False))
    flag: Optional[str] = Field(default=None, sa_column=Column('flag', CHAR(1)))
    legacy: Optional[str] = Field(default=None, sa_column=Column('legacy', VARCHAR(50, charset='latin1', collation='latin1_swedish_ci')))
    ascii_code: Optional[str] = Field(default=None, sa_column=Column('ascii_code', VARCHAR(10, charset='ascii', collation='ascii_general_ci')))
    t_tiny: Optional[str] = Field(default=None, sa_column=Column('t_tiny', TINYTEXT))
    t_text: Optional[str] = Field(default=None, sa_column=Column('t_text', Text))
    t_medium: Optional[str] = Field(default=None, sa_column=Column('t_medium', MEDIUMTEXT))
    t_long: Optional[str] = Field(default=None, sa_column=Column('t_long', LONGTEXT))
    t_sized: Optional[str] = Field(default=None, sa_column=Column('t_sized', Text))
    hash: Optional[bytes] = Field(default=None, sa_column=Column('hash', BINARY(32)))
    token: Optional[bytes] = Field(default=None, sa_column=Column('token', VARBINARY(64)))
    b_tiny: Optional[bytes] = Field(default=None, sa_column=Column('b_tiny', TINYBLOB))
    b_blob: Optional[bytes] = Field(default=None, sa_column=Column('b_blob', LargeBinary))
    b_medium: Optional[bytes] = Field(default=None, sa_column=Column('b_medium', MEDIUMBLOB))
    b_long: Optional[bytes] = Field(default=None, sa_column=Column('b_long', LONGBLOB))
    national_name: Optional[str] = Field(default=None, sa_column=Column('national_name', VARCHAR(20, charset='utf8mb3', collation='utf8mb3_general_ci')))
