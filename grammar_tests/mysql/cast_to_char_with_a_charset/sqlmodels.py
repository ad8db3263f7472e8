from typing import Optional

from sqlalchemy import CheckConstraint, Column, Computed, String, VARBINARY, text
from sqlalchemy.dialects.mysql import INTEGER
from sqlmodel import Field, SQLModel

class Item(SQLModel, table=True):
    __table_args__ = (
        CheckConstraint("cast(`code` as char charset ascii) <> ''", name='code_ascii'),
    )

    id: int = Field(sa_column=Column('id', INTEGER(11), primary_key=True))
    code: Optional[str] = Field(default=None, sa_column=Column('code', String(40)))
    qty: Optional[int] = Field(default=None, sa_column=Column('qty', INTEGER(11)))
    label: Optional[str] = Field(default=None, sa_column=Column('label', String(20), server_default=text('(cast(0 as char charset latin1))')))
    tag: Optional[str] = Field(default=None, sa_column=Column('tag', String(20), server_default=text('(cast(1 as char(3)')))
    raw: Optional[bytes] = Field(default=None, sa_column=Column('raw', VARBINARY(20), server_default=text('(cast(2 as char charset binary))')))
    as_latin: Optional[str] = Field(default=None, sa_column=Column('as_latin', String(40), Computed('(cast(`code` as char(10) charset latin1))', persisted=False)))
    as_utf8: Optional[str] = Field(default=None, sa_column=Column('as_utf8', String(40), Computed('(cast(`code` as char charset utf8mb3))', persisted=False)))
    as_text: Optional[str] = Field(default=None, sa_column=Column('as_text', String(20), Computed('(cast(`qty` as char(10) charset utf8mb4))', persisted=False)))
